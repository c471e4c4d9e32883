// `<>name` right after a comparison: `$a<<>b` is `$a < <>b`, not a shift.
var $a : Integer
If ($a<<>limit)
End if
If ($a><>limit)
End if
If ($a<=<>limit) | ($a>=<>limit) | ($a=<>limit) | ($a#<>limit)
End if
$b:=$a << 2
