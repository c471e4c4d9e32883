// helper
// Catches its own error with Try, then raises another one for the caller.
$r:=Try(1/"x")
ALERT("inner Try caught "+String(Last errors[0].errCode))
$x:=Null.y
ALERT("never printed: the caller's Try takes the error")
