// helper
#DECLARE($t : Text) : Text
return $t
