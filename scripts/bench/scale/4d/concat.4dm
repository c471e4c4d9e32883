// concat: $t:=$t+"{\"id\":"+String($i)+"}", n times.
#DECLARE($arg : Text)
var $n; $i : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"{\"id\":"+String($i)+"}"
End for
LOG EVENT(Into system standard outputs; String(Length($t))+"\n")
