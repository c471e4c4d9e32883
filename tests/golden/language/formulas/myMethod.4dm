// helper
// The docs' myMethod for Formula(myMethod) (FunctionClass.md).
#DECLARE($param1 : Text; $param2 : Text)->$return : Text
If (Count parameters=2)
	$return:=$param1+" "+$param2
Else
	$return:="How are you?"
End if
