// 4d/docs docs/commands/super.md, examples 1 and 2
Class constructor($height : Integer; $width : Integer)
	This.name:="Rectangle"
	This.height:=$height
	This.width:=$width

Function getArea() -> $area : Integer
	$area:=This.height*This.width

Function nbSides() : Text
	return "I have 4 sides"
