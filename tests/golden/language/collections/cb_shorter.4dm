// helper
// A sort callback: $1.result is True when value < value2 (here: by length).
#DECLARE($e : Object)
$e.result:=Length(String($e.value))<Length(String($e.value2))
