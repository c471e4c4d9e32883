// helper
// Reads and changes the caller's process and interprocess variables; its own
// $x is a different variable from the caller's $x.
$x:="helper's own"
gCounter:=gCounter+1
<>shared:=<>shared+"!"
$0:=$x+" / "+String(gCounter)
