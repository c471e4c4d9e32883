If (vCount#declaredCount)
End if
$b:=$a#Declare
$c:=$a # declare
