Class constructor($a : Text)
	var $a : Text
Class constructor()
Function f($x : Integer) -> $x : Integer
