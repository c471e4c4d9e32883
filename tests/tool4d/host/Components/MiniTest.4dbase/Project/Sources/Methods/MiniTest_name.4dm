//%attributes = {"shared":true}
// The component's name, from a method of its own (shared with the host).
#DECLARE() : Text
return "MiniTest"
