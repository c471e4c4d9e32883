// Untokenized names: words joined into the longest known name (docs/language.md §2.4).
SET PLUGIN ACCESS(4D Write license; "Writers")
LOG EVENT(Into system standard outputs; "text")
$n:=Count parameters
$b:=Count parameters>=2
$d:=Current date+1
$v:=Current
$t:=Current   method    name
My Method(1)
$v:=My Method
Unsafe Helper
$x:=Application type=4D Server
$w:=Open form window("F"; Plain form window)
$n:=Size of array($arr)
USE SET("set")
$e:=Error method
