// The ternary is looser than every binary operator and nests to the right.
$r:=$a ? "yes" : "no"
$r:=1+1 ? "y" : "n"
$r:=$a ? $b : $c ? $d : $e
$r:=$a ? ($b ? 1 : 2) : 3
$r:=$a ? $b ? 1 : 2 : 3
$r:=<>options ?? 3 ? 1 : -2
$r:=$night ? ?21:00:00? : ?05:00:00?
$r:="x"+(($d) ? " desc" : "")
$r:=$ok \
	? "a" \
	: "b"
ALERT($a ? "y" : "n"; "OK")
