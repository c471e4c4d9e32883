// helper
// A ": Type" result is set by return; a bare return gives the type's default.
#DECLARE($kind : Text) : Text
If ($kind="bare")
	return
End if
return "typed "+$kind
