// A property may be named "$" (4D-Mobile-App's Form.$, 4DPop-Macros' $xml.version[$key].$):
// 4d/docs docs/Concepts/dt_object.md, "Object property identifiers" follow ECMAScript,
// where $ is an identifier.
var $o : Object
$o:=New object
$o.$:=New object("current"; 1)
If ($o.$.current=1)
	$o.$.current:=2
End if
