$n:=$o.length
$n:=$col.length+Length($t)
$n:=$p->length
$n:=Length
