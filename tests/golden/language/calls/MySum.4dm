// helper
// The docs' MySum (parameters.md, "Using variadic parameters").
#DECLARE($format : Text) -> $result : Text
$sum:=0
For ($i; 2; Count parameters)
	$sum:=$sum+${$i}
End for
$result:=String($sum; $format)
