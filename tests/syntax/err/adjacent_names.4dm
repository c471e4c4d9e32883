$a:=$b $c
ALERT("x") ALERT("y")
$x:=Length Length
$y:=$o.first name
$z:=1 2
