For ($i; 0; 9)
	If ($i=3)
		continue
	End if
	If ($i=8)
		break
	End if
End for
While (True)
	Case of
		: ($a)
			break
	End case
End while
Repeat
	continue
Until (True)
For each ($e; $c)
	break
End for each
If ($x)
	return
End if
return $x+1
return (True) | (False)
throw(42)
throw({errCode: 1; message: "boom"})
throw
