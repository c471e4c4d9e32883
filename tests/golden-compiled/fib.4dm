//%attributes = {}
// A recursive call, fourd's call fast path: the condition `$n<2` is decided
// in the If's own closure, the result assigned to its slot, and each call's
// argument `$n-1` evaluated inline, with no closure of its own.
#DECLARE($n : Integer) -> $r : Integer
If ($n<2)
	$r:=$n
Else
	$r:=fib($n-1)+fib($n-2)
End if
