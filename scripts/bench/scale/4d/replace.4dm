// replace: Replace string of every "ab" by "x" in a text of n "éab"
// (the default comparison: the pattern has no accent or case to ignore).
#DECLARE($arg : Text)
var $n; $i : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"éab"
End for
$t:=Replace string($t; "ab"; "x")
LOG EVENT(Into system standard outputs; String(Length($t))+"\n")
