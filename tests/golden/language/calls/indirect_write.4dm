// helper
// Writes through ${n}, then reads the parameters back.
For ($i; 1; Count parameters)
	${$i}:=${$i}*10
End for
$0:=String($1)+" "+String($2)+" "+String(${3})
