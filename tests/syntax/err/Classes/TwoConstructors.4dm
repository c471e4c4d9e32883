Class constructor($a : Text)
	var $a : Integer
Class constructor()
Function f($x : Integer) -> $x : Integer
