Class extends Entity
property name; first : Text
property age : Integer:=18
property tags:=[]
property /* the label */ label : Text

Class constructor($name : Text; $age : Integer)
	Super($name)
	This.name:=$name
	This.age:=$age

Function greet($other : cs.Person) -> $text : Text
	$text:="Hello "+$other.name

Function get fullName() : Text
	return This.first+" "+This.name

Function set fullName($value : Text)
	This.name:=$value

Function get initial : Text
	return This.name[[1]]

Function describe
	ALERT(This.name)

Function older->$r : Boolean
	$r:=This.age>60
