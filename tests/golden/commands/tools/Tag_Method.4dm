// helper
#DECLARE($param : Text) : Text
return "["+$param+"]"
