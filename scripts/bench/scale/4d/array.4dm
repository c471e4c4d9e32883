// array: APPEND TO ARRAY, n times, then the sum by a loop.
#DECLARE($arg : Text)
var $n; $i : Integer
var $sum : Real
ARRAY LONGINT($a; 0)
$n:=Num($arg)
For ($i; 1; $n)
	APPEND TO ARRAY($a; $i)
End for
For ($i; 1; Size of array($a))
	$sum:=$sum+$a{$i}
End for
LOG EVENT(Into system standard outputs; String($sum)+"\n")
