#DECLARE($item : Object) -> $line : Text
// One line of an invoice: "qty × name = amount"; an item without a price is an error.
If ($item.price=Null)
	throw(1001; "no price for "+$item.name)
End if
$line:=String($item.qty)+" × "+$item.name+" = "+String($item.qty*$item.price)
