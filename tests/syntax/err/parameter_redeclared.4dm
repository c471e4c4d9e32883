#DECLARE($name : Text; $n : Integer; $NAME : Text) -> $n : Text
var $name : Text
var $other; $N : Integer
If (True)
	var $result : Text
End if
