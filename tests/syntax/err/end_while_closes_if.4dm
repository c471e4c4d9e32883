While ($i<10)
	If ($i=5)
		$i:=0
End while
