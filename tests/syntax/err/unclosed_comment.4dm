$a:=1
/* opened /* nested */ but
never closed
$b:=2
