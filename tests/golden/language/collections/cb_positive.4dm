// helper
// A callback given by name: it sets $1.result instead of returning a value.
#DECLARE($e : Object)
$e.result:=$e.value>0
