// position: Position("x";$t) that misses, 200 times, on a text of n "é"
// (the default comparison: case and accents ignored; "x" has neither).
#DECLARE($arg : Text)
var $n; $i; $found : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"é"
End for
For ($i; 1; 200)
	$found:=$found+Position("x"; $t)
End for
LOG EVENT(Into system standard outputs; String($found)+"\n")
