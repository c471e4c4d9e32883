break
If (True)
	continue
End if
Case of
	: ($a)
		break
End case
For ($i; 1; 2)
	Use (Storage)
		break
	End use
End for
