// A computed property with only a getter is read-only; with only a setter,
// it reads as undefined (4d/docs docs/Concepts/classes.md, "Function get and
// Function set").
Class constructor
	This.n:=0

Function get double() : Integer
	return This.n*2

Function set sink($v : Integer)
	This.n:=$v
