For ($i; 1)
End for
For each ($e)
End for each
If ($a=
	$b:=1
Else
	$b:=2
End if
Case of
	: ($x=
		$y:=1
End case
While (
End while
Repeat
Until (
Use (Storage
	$u:=1
End use
Try now
	$t:=1
Catch later
End try
If (True)
	$v:=Try($x.f(
Else $w:=1
End if junk
