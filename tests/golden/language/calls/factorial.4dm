// helper
#DECLARE($n : Integer) -> $r : Real
If ($n<=1)
	$r:=1
Else
	$r:=$n*factorial($n-1)
End if
