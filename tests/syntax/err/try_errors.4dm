Catch
Try
Catch
Catch
End try
End try
$a:=Try(1; 2)
$b:=Try()
