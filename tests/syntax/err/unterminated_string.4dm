$a:="no end
$b:="continued \
	next line"
$c:="fine"
