// orderby: n objects {v}, sorted by v with orderBy; prints the first and last v.
#DECLARE($arg : Text)
var $n; $i : Integer
var $c; $s : Collection
$n:=Num($arg)
$c:=New collection
For ($i; 1; $n)
	$c.push(New object("v"; ($i*613)%$n))
End for
$s:=$c.orderBy("v asc")
LOG EVENT(Into system standard outputs; String($s[0].v)+" "+String($s[$n-1].v)+"\n")
