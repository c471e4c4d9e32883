#DECLARE($total : Real; $isMember : Boolean) -> $discount : Real
// The discount on an order: members get 10%, and everyone 5% more above 1,000.
$discount:=0
If ($isMember)
	$discount:=$total*0.1
End if
If ($total>1000)
	$discount:=$discount+($total*0.05)
End if
