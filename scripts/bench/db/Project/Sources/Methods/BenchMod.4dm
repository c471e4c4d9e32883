// BenchMod(x; m) -> x modulo m for whole numbers past 32 bits (Mod is a 32-bit division).
#DECLARE($x : Real; $m : Real)->$r : Real
$r:=$x-(Int($x/$m)*$m)
If ($r<0)
	$r:=$r+$m
End if
If ($r>=$m)
	$r:=$r-$m
End if
