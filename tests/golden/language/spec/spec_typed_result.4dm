// helper
#DECLARE($x : Object) : Integer
return $x.k
