//%attributes = {}
// Texts: `$t:=$t+piece` appends in place (a longer chain too, its pieces
// evaluated first), and
// `$t[[$i]]` is read, and compared, where it lies.
var $t : Text
var $i; $count : Integer
$t:=""
For ($i; 1; 10)
	$t:=$t+(String($i)+",")
	$t:=$t+String($i)+";"
End for
For ($i; 1; Length($t))
	If ($t[[$i]]="1")
		$count:=$count+1
	End if
	If ($t[[$i]]#",")
		$count:=$count+Length($t[[$i]])
	End if
End for
