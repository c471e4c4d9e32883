//%attributes = {}
// strings: append 20,000 short pieces to a text ($t:=$t+piece, the piece built
// first), then print its length and the number of "7" characters, counted one
// character at a time with $t[[$i]].
var $t : Text
var $i; $count : Integer
$t:=""
For ($i; 0; 19999)
	$t:=$t+(String($i%1000)+",")
End for
$count:=0
For ($i; 1; Length($t))
	If ($t[[$i]]="7")
		$count:=$count+1
	End if
End for
LOG EVENT(Into system standard outputs; String(Length($t))+" "+String($count)+"\n")
