#DECLARE($name : Text; $n : Integer; $NAME : Text) -> $n : Text
var $name : Text
var $other; $N : Integer
var $NAME : Real
If (True)
	var $result : Text
End if
