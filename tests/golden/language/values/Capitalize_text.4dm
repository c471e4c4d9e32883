// helper
// The docs' example (docs/Concepts/dt_string.md): capitalizes the first
// character of each word.
$0:=$1
$vlLen:=Length($0)
If ($vlLen>0)
	$0[[1]]:=Uppercase($0[[1]])
	For ($vlChar; 1; $vlLen-1)
		If (Position($0[[$vlChar]]; " !&()-{}:;<>?/,.=+*")>0)
			$0[[$vlChar+1]]:=Uppercase($0[[$vlChar+1]])
		End if
	End for
End if
