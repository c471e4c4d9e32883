$a:=1
If ($a=1)
	$b:=2End if 
$c:=3 \  +4


$d:=5