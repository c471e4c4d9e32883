// helper
// Reads This inside a method called through a formula.
$0:=Current method name+": "+String(This.name)
