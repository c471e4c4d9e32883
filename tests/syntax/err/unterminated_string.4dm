$a:="no end
$b:="continued \
	next line"
$c:="fine"
$d:="blank after the backslash \  
	continued" + "x"
$e:="escaped backslash \\
$f:=1
