// .orderBy() in its three forms, and shared collections (docs/language.md §14.4,
// §12.3; 4d/docs docs/API/CollectionClass.md).
var $c; $c2; $crit : Collection
// No argument or ck ascending/ck descending: scalars by type, then value.
$c:=New collection(3; "b"; 1; Null; "A"; True; 2)
ALERT(JSON Stringify($c.orderBy()))  // [null,true,"A","b",1,2,3]
ALERT(JSON Stringify($c.orderBy(ck ascending)))  // the same
ALERT(JSON Stringify($c.orderBy(ck descending)))  // [3,2,1,"b","A",true,null]
ALERT(JSON Stringify($c))  // [3,"b",1,null,"A",true,2]: the original is unchanged
// A text of property paths, each with asc or desc (asc by default).
$c:=New collection
$c.push(New object("id"; 1; "value"; 30))
$c.push(New object("id"; 2; "value"; 10))
$c.push(New object("id"; 3; "value"; 30))
$c.push(New object("id"; 4; "value"; 20))
ALERT($c.orderBy("value desc").extract("id").join(""))  // 1342: equal values keep their order
ALERT($c.orderBy("value desc, id desc").extract("id").join(""))  // 3142
ALERT($c.orderBy("value, id").extract("id").join(""))  // 2413
ALERT($c.orderBy("value asc, id desc").extract("id").join(""))  // 2431
$c:=New collection
$c.push(New object("name"; "Cleveland"; "phones"; New object("p1"; "01"; "p2"; "02")))
$c.push(New object("name"; "Blountsville"; "phones"; New object("p1"; "00"; "p2"; "03")))
ALERT($c.orderBy("phones.p1 asc").extract("name").join(","))  // Blountsville,Cleveland
// A collection of {propertyPath; descending} criteria.
$crit:=New collection(New object("propertyPath"; "phones.p2"; "descending"; True))
ALERT($c.orderBy($crit).extract("name").join(","))  // Blountsville,Cleveland
$crit:=New collection(New object("propertyPath"; "name"; "descending"; False))
ALERT($c.orderBy($crit).extract("name").join(","))  // Blountsville,Cleveland
$crit:=New collection(New object("propertyPath"; "name"; "descending"; True))
ALERT($c.orderBy($crit).extract("name").join(","))  // Cleveland,Blountsville
// orderBy returns a shallow copy: the elements are the same objects.
$c2:=$c.orderBy("name")
$c2[0].name:="Birmingham"
ALERT($c[1].name)  // Birmingham
// Shared collections: functions may change them without Use (implicit Use);
// element assignment needs Use (error -30011 otherwise, see shared_errors).
$s:=New shared collection("alpha"; "omega")
$s.push("gamma")
Use ($s)
	$s[1]:="beta"
End use
ALERT(JSON Stringify($s))  // ["alpha","beta","gamma"]
ALERT(String(OB Is shared($s))+" "+String(OB Is shared($s.copy())))  // True False: .copy() is not shared
ALERT(String(OB Is shared($s.slice(0; 1)))+" "+String(OB Is shared($s.filter(Formula(True)))))  // True True: the docs keep the shared kind
