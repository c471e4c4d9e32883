// Names saved with their token suffix (docs/language.md §2.3): the number decides.
ALERT:C41("x")
ALERTE:C41("renamed")
If (Non:C34(Is compiled mode:C492))
End if
$t:=Is text:K8:3
$w:=Form fenêtre feuille:K39:12
$o:=New collection:C1472(1; 2)
$v:=Current date:C33+1
$r:=This:C1470.name
Super:C1705()
$s:=Super:C1706.name
$c:=cs:C1710.Person.new()
$f:=4D:C1709.File.new("/x")
$e:=Last errors:C1799[0].message
$ok:=True:C214 & False:C215
$n:=Null:C1517
$p:=Count parameters:C259
PV PRINT:P13000:229($area)
$x:=Unknown command:C99999($a)
$k:=Unknown constant:K999:1
USE SET:C118("set")
$d:=Date RFC 1123:K1:11
