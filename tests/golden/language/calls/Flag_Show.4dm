// helper
// IS_DateButtonsOnOff's shape (isWidgets): the parameters declared again with var, same types.
#DECLARE($onFlag : Boolean; $name : Text)
var $onFlag : Boolean
var $name : Text
ALERT(String($onFlag)+" "+$name)
