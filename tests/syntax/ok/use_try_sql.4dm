Use (Storage)
	Storage.counter:=1
End use
Use ($shared)
End use
Try
	throw(1; "first")
Catch
	$err:=Last errors
End try
Try
	$x:=1
End try
Try
Catch
End try
Begin SQL
	SELECT name FROM people INTO :$names;
End SQL
$after:=1
