// classes benchmark: a small class with a constructor, a computed property
// and two functions (docs/Concepts/classes.md).
property x; y : Integer

Class constructor($x : Integer; $y : Integer)
	This.x:=$x
	This.y:=$y

Function get sum() : Integer
	return This.x+This.y

Function scaled($k : Integer) : Integer
	return This.x*$k

Function bump()
	This.y:=This.y+1
