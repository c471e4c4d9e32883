// '\' at the end of a line joins the next one (docs/language.md §2.5).
$a:=1+\
	2
$b:=Count \
	parameters
If ($a=1) \
	& ($b=2)
End \
	if
Case of
	: ($x) \
		| ($y)
End case
$c:=New object(\
	"k"; 1; \
	"m"; 2)
// A comment ending in \
$notCode:=!garbage!
$d:=$col\
	.first()
$e:=5\2
var $f; \
	$g : Text
$h:="string with \\" + \
	"second"
(Get pointer("x"))->\
	:=1
