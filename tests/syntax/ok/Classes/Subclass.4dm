Class extends cs.Person

Class constructor
	Super("x"; 1)

Function greet($other : cs.Person) -> $text : Text
	$text:=Super.greet($other)+"!"
