If (True)
Else
Else
End if
Case of
	: (True)
	Else
	Else
End case
Try
Catch
Catch
End try
Case of
	$before:=1
	: (True)
		$inside:=2
End case
