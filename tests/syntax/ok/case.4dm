Case of
	: ($x=1)
		$r:="one"
	: ($x=2) | ($x=3)
		$r:="two or three"
	: $t="car"
	: ($x>10) && ($x<20)
		$r:="teen"
	Else
		$r:="other"
End case
Case of
	Else
		$r:=""
End case
Case of
End case
Case of
	: (True)
End case
