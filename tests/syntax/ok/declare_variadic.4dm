#DECLARE($fmt : Text; ... : Real) : Text
return $fmt+String(Count parameters)
