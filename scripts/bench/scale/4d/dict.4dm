// dict: an object used as a dictionary: n keys set, then each read back.
#DECLARE($arg : Text)
var $n; $i : Integer
var $sum : Real
var $o : Object
$n:=Num($arg)
$o:=New object
For ($i; 1; $n)
	$o["k"+String($i)]:=$i
End for
For ($i; 1; $n)
	$sum:=$sum+$o["k"+String($i)]
End for
LOG EVENT(Into system standard outputs; String($sum)+"\n")
