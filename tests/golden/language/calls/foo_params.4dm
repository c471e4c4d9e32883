// helper
// The docs' foo: extra arguments reachable through ${N}.
#DECLARE($p1 : Text; $p2 : Text; $p3 : Date)
For ($i; 1; Count parameters)
	ALERT("param "+String($i)+" = "+String(${$i}))
End for
