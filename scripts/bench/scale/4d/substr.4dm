// substr: Substring($t;$i;1) over a text of n "é".
#DECLARE($arg : Text)
var $n; $i; $count : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"é"
End for
For ($i; 1; $n)
	If (Substring($t; $i; 1)="é")
		$count:=$count+1
	End if
End for
LOG EVENT(Into system standard outputs; String($count)+"\n")
