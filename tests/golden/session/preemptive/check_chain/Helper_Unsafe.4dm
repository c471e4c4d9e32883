// helper
// An "indifferent" method: fine on its own, unsafe when a capable method calls it.
$x:=Get plugin access(4D Write license)
