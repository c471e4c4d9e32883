// Each mistake is reported once, at its place.
$a:=(1+2
$b:="unterminated
If ($a=1)
	$c:=!2023-02-30!
	$d:=1 +
End if
$e:=1 $f
ALERT("x"; )
$g:=?25:61:00?
