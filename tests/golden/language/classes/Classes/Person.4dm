// 4d/docs docs/Concepts/classes.md, "Function get and Function set", example 1
property firstName; lastName : Text

Class constructor($firstname : Text; $lastname : Text)
	This.firstName:=$firstname
	This.lastName:=$lastname

Function get fullName() -> $fullName : Text
	$fullName:=This.firstName+" "+This.lastName

Function set fullName($fullName : Text)
	var $p : Integer
	$p:=Position(" "; $fullName)
	This.firstName:=Substring($fullName; 1; $p-1)
	This.lastName:=Substring($fullName; $p+1)

Function sayHello() -> $welcome : Text
	$welcome:="Hello "+This.fullName
