//%attributes = {}
// classes_method: 100,000 calls of a project method with the body of
// classes_call's class function (the baseline of the class-call ratio).
var $o : Object
var $i; $total : Integer
$o:=New object
$o.x:=3
$total:=0
For ($i; 1; 100000)
	$total:=$total+scaled($o; $i%100)
End for
LOG EVENT(Into system standard outputs; String($total)+"\n")
