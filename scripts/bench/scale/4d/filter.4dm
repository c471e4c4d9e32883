// filter: n objects {v}, then .filter(Formula(…)) keeps half of them
// (collection.query is not yet in fourd: error -30012).
#DECLARE($arg : Text)
var $n; $i : Integer
var $c : Collection
$n:=Num($arg)
$c:=New collection
For ($i; 1; $n)
	$c.push(New object("v"; ($i*613)%$n))
End for
LOG EVENT(Into system standard outputs; String($c.filter(Formula($1.value.v<$2); $n/2).length)+"\n")
