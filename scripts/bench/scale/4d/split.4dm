// split: Split string of a text of n comma-separated words.
#DECLARE($arg : Text)
var $n; $i : Integer
var $t : Text
var $parts : Collection
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"mot"+String($i%10)+","
End for
$parts:=Split string($t; ",")
LOG EVENT(Into system standard outputs; String($parts.length)+"\n")
