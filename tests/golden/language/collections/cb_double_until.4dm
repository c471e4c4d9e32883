// helper
// A map callback that stops the iteration after the element equal to $2.
#DECLARE($e : Object; $limit : Integer)
$e.result:=$e.value*2
If ($e.value=$limit)
	$e.stop:=True
End if
