Case of
	$a:=1
	: ($x)
	Else
	: ($y)
End case
: ($z)
