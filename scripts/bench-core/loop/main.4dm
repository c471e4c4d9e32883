//%attributes = {}
// loop: sum of (i*i mod 7) for i = 1..300,000 -- arithmetic + loop.
// Written as (($i%7)*($i%7))%7 (same value) so every intermediate stays inside
// the 32-bit range of 4D's Integer and of its % operator; the peers do the same.
// 4D evaluates strictly left to right, so every sub-expression is parenthesised.
var $i; $sum : Integer
$sum:=0
For ($i; 1; 300000)
	$sum:=$sum+((($i%7)*($i%7))%7)
End for
LOG EVENT(Into system standard outputs; String($sum)+"\n")
