// helper
#DECLARE($name : Text; $n : Integer) -> $result : Text
$result:=$name+" "+Choose($n>0; String($n); "")
