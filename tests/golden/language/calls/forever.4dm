// helper
// Calls itself without end.
#DECLARE($depth : Integer) -> $r : Integer
$r:=forever($depth+1)
