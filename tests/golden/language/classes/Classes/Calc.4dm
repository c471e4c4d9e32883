// classes.md, "Function": parameters and a result; Current method name.
Function add($x : Integer; $y : Integer) : Integer
	return $x+$y+Num(This.base)

Function where() : Text
	return Current method name
