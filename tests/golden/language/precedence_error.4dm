// test: expect-error
// `3=1+2` groups as `(3=1)+2`: Boolean + Number is error -30003.
ALERT("before")
$x:=3=1+2
ALERT("never")
