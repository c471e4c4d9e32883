// helper
#DECLARE($n : Integer)
ALERT("level2 got "+String($n))
$c:=New collection(1; 2)
$x:=$c[$n]
