// helper
// The k-th named parameter and $k are the same variable.
#DECLARE($a : Text; $b : Integer) -> $r : Text
$1:=$1+"!"
$r:=$a+" "+String($2)
