//%attributes = {}
// Collections and objects: items and properties of locals read and written
// in place, member functions resolved to their declared rows when compiled,
// a formula property of an object (no row: the object answers).
var $c : Collection
var $o : Object
var $i; $total : Integer
$c:=New collection(1; 2; 3)
$c.push(4)
For ($i; 0; $c.length-1)
	$total:=$total+$c[$i]
	$c[$i]:=$c[$i]*2
End for
$o:=New object("id"; 1; "name"; "x")
$total:=$total+$o.id
For each ($i; $c)
	$total:=$total+$i
End for each
$c:=$c.orderBy(ck descending)
$i:=$c.indexOf(4)
$o.twice:=Formula($1*2)
$i:=$o.twice(3)
