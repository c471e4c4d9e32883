// A derived class with no constructor of its own: new() runs the nearest
// ancestor's with the same parameters (classes.md, "Class constructor").
Class extends Rectangle

Function kind() : Text
	return "child of "+This.name
