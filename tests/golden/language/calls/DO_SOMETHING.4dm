// helper
// The docs' DO_SOMETHING: scalars are copied into the parameter.
#DECLARE($param : Text)
$param:=Uppercase($param)
ALERT($param)
