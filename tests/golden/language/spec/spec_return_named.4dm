// helper
#DECLARE -> $r : Text
$r:="named value"
return
