// What a test function gets: checks that record their failures.
property failures : Collection

Class constructor()
	This.failures:=[]

Function equal($expected : Variant; $actual : Variant; $what : Text)
	If ($expected#$actual)
		This.failures.push($what+": expected "+String($expected)+", got "+String($actual))
	End if

Function isTrue($value : Boolean; $what : Text)
	If (Not($value))
		This.failures.push($what+": not true")
	End if
