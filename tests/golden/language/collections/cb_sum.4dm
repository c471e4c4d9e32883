// helper
// A reduce callback given by name: it updates $1.accumulator.
#DECLARE($e : Object)
$e.accumulator:=$e.accumulator+$e.value
