// 4d/docs docs/Concepts/classes.md, "Shared classes"
shared Class constructor($firstname : Text; $lastname : Text)
	This.firstName:=$firstname
	This.lastName:=$lastname

shared Function rename($firstname : Text)
	This.firstName:=$firstname
