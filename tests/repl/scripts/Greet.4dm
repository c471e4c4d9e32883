// helper
// A method the broken_load transcript loads.
#DECLARE($who : Text) -> $greeting : Text
$greeting:="Hello, "+$who
