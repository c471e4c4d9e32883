If ($a>1)
	$b:=1
End if
If ($a>1) & ($b<2)
	$c:=1
Else
	$c:=2
End if
If ($a=1)
Else
End if
If (True)
	If (False)
		$d:=1
	End if
End if
If $done
End if
If (Not($x)) | \
		($y)
End if
