// jsontext: n objects {id, name} to JSON text and parsed back.
#DECLARE($arg : Text)
var $n; $i : Integer
var $c; $back : Collection
var $t : Text
$n:=Num($arg)
$c:=New collection
For ($i; 1; $n)
	$c.push(New object("id"; $i; "name"; "n"+String($i)))
End for
$t:=JSON Stringify($c)
$back:=JSON Parse($t)
LOG EVENT(Into system standard outputs; String(Length($t))+" "+String($back.length)+" "+String($back[$n-1].id)+"\n")
