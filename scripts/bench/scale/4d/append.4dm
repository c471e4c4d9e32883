// append: $t:=$t+"ab", n times.
#DECLARE($arg : Text)
var $n; $i : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"ab"
End for
LOG EVENT(Into system standard outputs; String(Length($t))+"\n")
