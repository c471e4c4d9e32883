#DECLARE($x : Object) : Integer
return $x.count
