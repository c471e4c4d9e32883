$a:=1
If ($a=1)
	$b:=2
End if
// last line has no line end
$c:="x"