// Objects used as dictionaries keep 4D's property order — the order of
// creation, a property set again staying in its place, a removed one gone —
// past the size where fourd indexes their names (docs/language.md §8;
// 4d/docs docs/commands/ob-keys.md: OB Keys lists the enumerable properties,
// docs/commands/ob-remove.md).
var $o : Object
var $i : Integer
$o:=New object
For ($i; 1; 40)
	$o["k"+String($i)]:=$i
End for
For ($i; 1; 40; 3)
	OB REMOVE($o; "k"+String($i))
End for
$o.k2:="again"
$o.k1:="back"
$o.K2:="other case"
ALERT(OB Keys($o).join(","))
ALERT(String($o.k2)+" "+String($o.k40)+" "+String($o.k1)+" "+String($o.K2))
ALERT(String(OB Is defined($o; "k4"))+" "+String(OB Is defined($o; "k5")))
ALERT(String(JSON Stringify(OB Copy($o))=JSON Stringify($o)))
// A hundred thousand keys, each read back: fast, and every value found.
var $big : Object
var $sum : Real
$big:=New object
For ($i; 1; 100000)
	$big["key"+String($i)]:=$i
End for
For ($i; 1; 100000)
	$sum:=$sum+$big["key"+String($i)]
End for
ALERT(String(OB Keys($big).length)+" "+String($sum))
