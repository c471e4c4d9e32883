// helper
// Returns a pointer to one of its own locals (dead once it returns).
$mine:="local"
$0:=->$mine
