// push: $c.push($i), n times, then the sum by a loop.
#DECLARE($arg : Text)
var $n; $i : Integer
var $sum : Real
var $c : Collection
$n:=Num($arg)
$c:=New collection
For ($i; 1; $n)
	$c.push($i)
End for
For ($i; 0; $c.length-1)
	$sum:=$sum+$c[$i]
End for
LOG EVENT(Into system standard outputs; String($sum)+"\n")
