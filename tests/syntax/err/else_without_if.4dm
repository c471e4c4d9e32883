$a:=1
Else
	$a:=2
End if
While (True)
	Else
End while
