// helper
// No declared result: return expr gives the value, a bare return undefined.
If (Count parameters>0)
	return $1*2
End if
return
