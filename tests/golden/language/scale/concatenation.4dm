// `$t:=$t+…` appends in place; the pieces still see the text as it was
// before the assignment (4d/docs docs/Concepts/dt_string.md: + concatenates;
// docs/language.md §4: operators are evaluated left to right).
var $t; $u : Text
var $n : Real
$t:="ab"
$t:=$t+$t
ALERT($t)
$t:=$t+"-"+$t+"!"
ALERT($t)
$u:=$t
$t:=$t+"+"+String(Length($t))
ALERT($t+" / "+$u)
$n:=1
$n:=$n+0.5+0.25
ALERT(String($n))
