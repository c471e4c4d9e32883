// Every binary operator, each in a two-operand chain.
$r:=$a+$b
$r:=$a-$b
$r:=$a*$b
$r:=$a/$b
$r:=$a\$b
$r:=$a%$b
$r:=$a^$b
$r:=$a=$b
$r:=$a#$b
$r:=$a<$b
$r:=$a>$b
$r:=$a<=$b
$r:=$a>=$b
$r:=$a&$b
$r:=$a|$b
$r:=$a^|$b
$r:=$a&&$b
$r:=$a||$b
$r:=$a<<$b
$r:=$a>>$b
$r:=$a?+$b
$r:=$a?-$b
$r:=$a??$b
$r:=$a ?? 4
// The old Unicode spellings.
$r:=$a≠$b
$r:=$a≤$b
$r:=$a≥$b
$r:=$t%"word"
$r:=Menu selected\65536
