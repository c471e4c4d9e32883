$a:=1
If ($a=1)
	$b:=2
	If ($b=2)
		$c:=3
	End if
$d:=4
