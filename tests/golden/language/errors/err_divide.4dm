// helper
// The docs' divide: throws and returns 0 when dividing by zero.
#DECLARE($p1 : Real; $p2 : Real) -> $result : Real
If ($p2=0)
	$result:=0
	throw(-12345; "Division by zero")
Else
	$result:=$p1/$p2
End if
