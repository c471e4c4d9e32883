// helper of fast_paths: sums the items up to the first one at least $stop.
#DECLARE($c : Collection; $stop : Integer) -> $n : Integer
var $v : Integer
For each ($v; $c) Until ($v>=$stop)
	$n:=$n+$v
End for each
