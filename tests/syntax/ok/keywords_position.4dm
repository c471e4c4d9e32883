// Keywords are keywords only where a statement starts.
$if:=1
$v:=$o.if+$o.while
$v:=Until
$v:=Repeat+1
$o.return:=1
$v:=$o.End
