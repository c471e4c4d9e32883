// Use … End use and shared objects (docs/language.md §12.3; 4d/docs
// versioned_docs/version-21/Concepts/shared.md).
$s_obj:=New shared object("prop1"; "alpha")
ALERT($s_obj.prop1)  // alpha: reading needs no Use
Use ($s_obj)
	$s_obj.prop1:="omega"
End use
ALERT($s_obj.prop1)  // omega
// Collection functions do an implicit Use.
$col:=New shared collection
$col.push("alpha")
Use ($col)
	$col[0]:="omega"
	$col.push("beta")
End use
ALERT(JSON Stringify($col))  // ["omega","beta"]
// Use blocks nest.
Use ($s_obj)
	Use ($col)
		$s_obj.list:=$col
	End use
End use
ALERT(JSON Stringify($s_obj))  // {"prop1":"omega","list":["omega","beta"]}
// Changing a shared object or collection outside Use is -30011.
Try
	$s_obj.prop1:="x"
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30011 Shared object modified outside Use
End try
Try
	$col[0]:="x"
Catch
	ALERT(String(Last errors[0].errCode))  // -30011
End try
Try
	OB SET($s_obj; "k"; 1)
Catch
	ALERT(String(Last errors[0].errCode))  // -30011
End try
ALERT($s_obj.prop1+" "+$col[0])  // omega omega: nothing changed
// Use on a regular object does nothing special.
$o:=New object
Use ($o)
	$o.a:=1
End use
$o.b:=2
ALERT(JSON Stringify($o))  // {"a":1,"b":2}
// Storage is the application's shared object.
Use (Storage)
	Storage.counters:=New shared object("n"; 1)
End use
Use (Storage.counters)
	Storage.counters.n:=Storage.counters.n+1
End use
ALERT(String(Storage.counters.n)+" "+String(OB Is shared(Storage)))  // 2 True
// OB Copy of a shared object is a regular object.
$copy:=OB Copy($s_obj)
$copy.prop1:="free"
ALERT($copy.prop1+" "+String(OB Is shared($copy))+" "+String(OB Is shared($s_obj)))  // free False True
