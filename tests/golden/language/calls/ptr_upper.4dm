// helper
// The docs' DO_SOMETHING with a pointer: writes through $param->.
#DECLARE($param : Pointer)
$param->:=Uppercase($param->)
