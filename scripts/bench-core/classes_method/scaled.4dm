//%attributes = {}
// classes_method: the body of Scaler.scaled (classes_call) as a project method.
#DECLARE($o : Object; $k : Integer) : Integer
return $o.x*$k
