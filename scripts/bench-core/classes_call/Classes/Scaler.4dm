// classes_call: one class function whose body is the same as the project
// method of classes_method (This.x here, $o.x there).
Function scaled($k : Integer) : Integer
	return This.x*$k
