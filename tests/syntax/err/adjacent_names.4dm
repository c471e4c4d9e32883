$a:=$b $c
ALERT("x") ALERT("y")
$x:=Length Length
$y:=$o.first name
$z:=1 2
// Several unknown words side by side are one unknown name (a component's
// method or constant): a warning, not an error (language.md 2.4 says error;
// see the report). Names that are known, or variables, side by side are errors.
$u:=unknownA unknownB
$w:=$o.first second
$x:=Current date Current date
