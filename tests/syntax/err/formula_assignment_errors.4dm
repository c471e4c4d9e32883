// Only a formula's expression may be an assignment, and only to something
// that can be assigned.
$a:=Length($t:=1)
$f:=Formula(1:=2)
$f:=Formula($t[[1]]+="x")
$f:=Formula(($b:=1))
$f:=Formula($a:=$b:=1)
