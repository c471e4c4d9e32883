//%attributes = {}
// collection: push 100,000 integers, sum them; then sort 20,000 LCG values
// and print first / middle / last. The LCG keeps every value below 2^31.
var $c; $r : Collection
var $i; $v; $sum; $n; $x : Integer
$c:=New collection()
For ($i; 0; 99999)
	$c.push($i%1000)
End for
$sum:=0
For each ($v; $c)
	$sum:=$sum+$v
End for each
$n:=20000
$x:=42
$r:=New collection()
For ($i; 0; ($n-1))
	$x:=(($x*3877)+29573)%139968
	$r.push($x)
End for
$r.sort()
LOG EVENT(Into system standard outputs; String($sum)+" "+String($r[0])+" "+String($r[($n\2)])+" "+String($r[($n-1)])+"\n")
