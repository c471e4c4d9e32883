// chars: $t[[$i]] over a text of n "é" (non-ASCII, so no byte shortcut).
#DECLARE($arg : Text)
var $n; $i; $count : Integer
var $t : Text
$n:=Num($arg)
For ($i; 1; $n)
	$t:=$t+"é"
End for
For ($i; 1; $n)
	If ($t[[$i]]="é")
		$count:=$count+1
	End if
End for
LOG EVENT(Into system standard outputs; String($count)+"\n")
