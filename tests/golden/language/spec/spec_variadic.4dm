// helper
#DECLARE($fmt : Text; ... : Real) -> $r : Text
$r:=$fmt
For ($i; 2; Count parameters)
	$r:=$r+" "+String(${$i})
End for
