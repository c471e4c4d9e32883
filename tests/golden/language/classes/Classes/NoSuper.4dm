// 4d/docs docs/commands/super.md: a constructor of a derived class whose
// superclass has one must call Super(); this one does not (-10748).
Class extends Rectangle

Class constructor($side : Integer)
	var $half : Integer
	$half:=$side\2
