#DECLARE->$handler : Text
$handler:=Method called on error
