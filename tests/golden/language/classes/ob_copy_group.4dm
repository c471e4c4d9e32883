// OB Copy's options and its groupWith parameter, as 4d/docs
// docs/commands-legacy/ob-copy.md gives them (mesopelagique/SemVer calls
// OB Copy($instance; ck shared; $class)).
var $x : Text
$x:="hello"
$o:=New object("name"; ->$x; "sub"; New object("a"; 1))
$copy:=OB Copy($o)
$resolved:=OB Copy($o; True)
$both:=OB Copy($o; ck resolve pointers+ck shared)
// Example 2: without resolvePtrs the pointer stays; with it, its value.
ALERT(String(Value type($copy.name)=Is pointer)+" "+$resolved.name+" "+$both.name)  // True hello hello
// ck shared: a shared object, its sub-objects too; without it, a regular one.
ALERT(String(OB Is shared($both))+" "+String(OB Is shared($both.sub))+" "+String(OB Is shared($resolved)))  // True True False
// Example 5: the copy grouped with a shared collection can be pushed into it.
$sharedObj:=New shared object("lastname"; "Smith"; "address"; New shared object("city"; "New York"))
$sharedColl:=New shared collection(New shared object("lastname"; "Brown"))
$objCopy:=OB Copy($sharedObj; ck shared; $sharedColl)
Use ($sharedColl)
	$sharedColl.push($objCopy)
End use
ALERT(JSON Stringify($sharedColl))  // [{"lastname":"Brown"},{"lastname":"Smith","address":{"city":"New York"}}]
// The note on the first syntax: shared values become regular in a plain copy.
ALERT(String(OB Is shared(OB Copy($sharedObj).address)))  // False
// groupWith is a shared collection or object: anything else is refused.
Try
	$bad:=OB Copy($o; ck shared; 3)
Catch
	ALERT("groupWith: "+String(Last errors[0].errCode))
End try
