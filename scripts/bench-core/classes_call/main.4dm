//%attributes = {}
// classes_call: 100,000 calls of a class function; compare with
// classes_method (the same body as a project method) for the cost of a
// class-function call over a project-method call.
var $o : cs.Scaler
var $i; $total : Integer
$o:=cs.Scaler.new()
$o.x:=3
$total:=0
For ($i; 1; 100000)
	$total:=$total+$o.scaled($i%100)
End for
LOG EVENT(Into system standard outputs; String($total)+"\n")
