// helper
// Legacy parameters: C_XXX($n), C_TEXT(${3}) for the rest, $0 the result.
C_TEXT($1)
C_LONGINT($2)
C_TEXT(${3})
C_TEXT($0)
$0:=$1+"|"+String($2)+"|"+String(Count parameters)
If (Count parameters>=3)
	$0:=$0+"|"+${3}
End if
