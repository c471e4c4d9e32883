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
