// helper
#DECLARE($format : Text)->$result : Text
// MySum of 4d/docs docs/Concepts/parameters.md ("Using generic parameters"),
// with its generic parameters typed by var ${2} as C_REAL(${2}) would.
var ${2} : Real
var $sum : Real
For ($i; 2; Count parameters)
	$sum:=$sum+${$i}
End for
$result:=String($sum; $format)
