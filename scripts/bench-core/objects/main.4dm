//%attributes = {}
// objects: create 20,000 objects {id, name, score} in a collection, then sum
// score over the objects whose id mod 3 = 0 (property access).
var $objs : Collection
var $o : Object
var $i; $count; $total : Integer
$objs:=New collection()
For ($i; 1; 20000)
	$objs.push(New object("id"; $i; "name"; "user"+String($i); "score"; (($i*7)%101)))
End for
$count:=0
$total:=0
For each ($o; $objs)
	If (($o.id%3)=0)
		$count:=$count+1
		$total:=$total+$o.score
	End if
End for each
LOG EVENT(Into system standard outputs; String($count)+" "+String($total)+"\n")
