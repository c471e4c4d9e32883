$a:=1
Class constructor
	$b:=2
