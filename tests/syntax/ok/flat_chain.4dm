// 4D has no operator precedence: binary operators apply left to right
// (docs/language.md §4). Each chain prints flat.
$a:=3+4*5
$a:=3+(4*5)
$a:=10-2-3
$a:=10/4*2
$a:=2*3^2
$a:=2^3^2
$a:=-2^2
$b:=1+2=3
$b:=3=1+2
$t:="ab"+"c"*2
$b:=5>3 & 2>1
$b:=(5>3) & (2>1)
$v:="a" || "b" && ""
$b:=$w>0 && $h>0
$n:=?01:00:00?+60*2
