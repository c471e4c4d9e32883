// test: expect-error
// OB Copy (4d/docs docs/commands/ob-copy.md) and collection.copy()
// (docs/API/CollectionClass.md) with their options, and Storage's rule
// (docs/commands/storage.md): it holds only shared objects and collections.
var $what : Text
var $p : Pointer
$p:=->$what
var $col; $col2; $col3 : Collection
$col:=New collection
$col.push(New object("alpha";"Hello";"num";1))
$col.push(New object("beta";"You";"what";$p))
$col2:=$col.copy()
$col2[1].beta:="World!"
ALERT($col[0].alpha+" "+$col2[1].beta)  // "Hello World!" (.copy() Example 4)
$what:="You!"
$col3:=$col2.copy(ck resolve pointers)
ALERT($col3[0].alpha+" "+$col3[1].what)  // "Hello You!"
ALERT(String(Value type($col2[1].what))+" "+String(Value type($col3[1].what)))  // 23 (pointer) 2 (text)

// OB Copy: the first syntax (True) and the second (options)
var $obj; $c1; $c2; $c3 : Object
$obj:=New object("name";$p;"sub";New object("x";1))
$c1:=OB Copy($obj)
$c2:=OB Copy($obj;True)
$c3:=OB Copy($obj;ck resolve pointers+ck shared)
ALERT(String(Value type($c1.name))+" "+String(Value type($c2.name))+" "+$c2.name)  // 23 2 You!
ALERT(String(OB Is shared($c2))+" "+String(OB Is shared($c3))+" "+String(OB Is shared($c3.sub))+" "+$c3.name)  // False True True You!
$c1.sub.x:=2
ALERT(String($obj.sub.x))  // 1: a deep copy

// ck shared: a shared copy goes into a shared object or Storage (Examples 3 and Example 3 of .copy())
var $lastnames; $sharedLastnames : Collection
$lastnames:=JSON Parse("[\"Smith\",\"Brown\"]")
$sharedLastnames:=$lastnames.copy(ck shared)
ALERT(String(OB Is shared($sharedLastnames))+" "+String(OB Is shared($lastnames)))  // True False
Use(Storage)
	Storage.lastnames:=$sharedLastnames
End use
ALERT(Storage.lastnames.join(","))
// .copy(ck shared; groupWith) (Example 2)
var $sharedColl1; $sharedColl2; $copyColl : Collection
$sharedColl1:=New shared collection(New shared object("lastname";"Smith"))
$sharedColl2:=New shared collection(New shared object("lastname";"Brown"))
$copyColl:=$sharedColl1.copy(ck shared;$sharedColl2)
Use($sharedColl2)
	$sharedColl2.combine($copyColl)
End use
ALERT($sharedColl2.extract("lastname").join(","))  // Brown,Smith
// Storage refuses what is not a shared object or collection
Use(Storage)
	Storage.counters:=New shared object("customers";0;"invoices";0)
	Storage.count:=1
End use
