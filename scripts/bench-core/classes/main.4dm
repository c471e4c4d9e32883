//%attributes = {}
// classes: make 20,000 instances of a small class (constructor, computed
// property, two functions), call the functions and read the computed
// property of each, and sum the results.
var $p : cs.Point
var $i; $total : Integer
$total:=0
For ($i; 1; 20000)
	$p:=cs.Point.new($i%100; $i%7)
	$p.bump()
	$total:=$total+$p.scaled(3)+$p.sum
End for
LOG EVENT(Into system standard outputs; String($total)+"\n")
