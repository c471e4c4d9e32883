// A statement is an assignment or a call (docs/language.md §2.1).
$a=1
OK=0
$a
1+2
"text"
$o.prop
$c[0]
-$x
