// Hostile: a computed property whose getter reads itself.
Function get x() : Integer
	return This.x+1
