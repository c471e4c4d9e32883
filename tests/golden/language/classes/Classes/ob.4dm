// 4d/docs docs/Concepts/classes.md, "This"
Function f() : Integer
	return This.a+This.b
