//%attributes = {}
// What the compiled form leaves to the tree walker: declarations, compound
// assignments, pointers, the ternary operator, arrays, interprocess
// variables.
var $x : Real
var $p : Pointer
var $a : Text
ARRAY TEXT($names; 2)
$x:=1
$x+=2
$p:=->$x
$p->:=3
$a:=($x>2) ? "big" : "small"
$names{1}:="a"
<>shared:=1
