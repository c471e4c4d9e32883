// Null and undefined (docs/language.md §8; 4d/docs docs/Concepts/dt_null_undefined.md).
var $vEmp : Object
$vEmp:=New object
$vEmp.name:="Smith"
$vEmp.children:=Null
ALERT(String(Undefined($vEmp.name))+" "+String($vEmp.name=Null))  // False False
ALERT(String(Undefined($vEmp.children))+" "+String($vEmp.children=Null))  // False True
ALERT(String(Undefined($vEmp.parent))+" "+String($vEmp.parent=Null))  // True True
var $vObj : Object
var $vVar : Variant
$vObj:=New object
$vObj.null:=Null
ALERT(String($vObj.undefined=42)+" "+String($vObj.undefined=$vObj.null)+" "+String($vObj.undefined=$vVar))  // False True True
ALERT(String($vObj.undefined#$vObj.null)+" "+String($vObj.undefined#42)+" "+String($vObj.undefined#$vVar))  // False True False
ALERT(String($vObj.undefined>"hello")+" "+String($vVar<42)+" "+String($vObj.undefined<=!2020-01-01!))  // False False False
ALERT(String(Null=Null)+String(Null=42)+String(Null="")+String(Null#42))  // TrueFalseFalseTrue
// >, <, >=, <= with Null, or undefined against another undefined/Null, are errors.
ALERT(String(Try($vObj.undefined>$vVar))+" "+String(Last errors[0].errCode))  // -30003
ALERT(String(Try($vObj.undefined>$vObj.null))+" "+String(Last errors[0].errCode))  // -30003
ALERT(String(Try(Null<1))+" "+String(Last errors[0].errCode))  // -30003
// Reading a property of undefined gives undefined; of Null, error -30006.
ALERT(String(Value type($vEmp.parent.name.first)))  // 5
ALERT(String(Try($vEmp.children.first))+" "+String(Last errors[0].errCode))  // -30006
// A declared Object variable not yet assigned is null-like: equal to Null,
// its properties undefined, .length 0 — but writing into it is -30006.
var $o : Object
var $c : Collection
ALERT(String($o=Null)+" "+String(Value type($o.a))+" "+String($c.length)+" "+String($c=Null))  // True 5 0 True
ALERT(String(Try($c.push(1)))+" "+String(Last errors[0].errCode))  // -30006
// Assigning undefined to a variable clears it to its type's empty value.
var $val : Integer
$val:=10
$val:=$o.a
ALERT(String($val))  // 0
var $t : Text
$t:="x"
$t:=$o.a
ALERT("["+$t+"]")  // []
// Assigning undefined to an existing property resets it by its type; to a
// missing property, it does nothing.
$p:=New object("a"; 2; "b"; "x"; "c"; True; "d"; New object; "e"; !2020-01-01!; "f"; Null)
$p.a:=$p.none
$p.b:=$p.none
$p.c:=$p.none
$p.d:=$p.none
$p.e:=$p.none
$p.f:=$p.none
$p.g:=$p.none
ALERT(String($p.e)+" "+String(OB Is defined($p; "g")))  // 00/00/00 False: the date is the null date
OB REMOVE($p; "e")
ALERT(JSON Stringify($p))  // {"a":0,"b":"","c":false,"d":null,"f":null}
// An undefined element of a collection literal becomes null.
ALERT(JSON Stringify(New collection($o.a; 1))+" "+JSON Stringify([$o.a]))  // [null,1] [null]
// Cast commands give their type's empty value for undefined; String(Null) is "null".
ALERT("["+String($o.a)+"]["+String(Num($o.a))+"]["+String(Bool($o.a))+"]["+String(Date($o.a))+"]["+String(Time($o.a))+"]["+String(Null)+"]")  // [][0][False][00/00/00][00:00:00][null]
// An undefined argument for a declared parameter arrives as the type's default.
ALERT("["+Echo_text($o.a)+"]")  // []
// Reading a variable never declared nor assigned is -30002; Undefined() does not fail.
ALERT(String(Undefined(neverSeen)))  // True
ALERT(String(Try(neverSeen))+" "+String(Last errors[0].errCode))  // -30002
// Value type of each kind of value; every number is Is real.
ALERT(String(Value type(42))+" "+String(Value type("a"))+" "+String(Value type(!2020-01-01!))+" "+String(Value type(True))+" "+String(Value type(?00:00:01?)))  // 1 2 4 6 11
ALERT(String(Value type(New object))+" "+String(Value type(New collection))+" "+String(Value type(Null))+" "+String(Value type($o.x))+" "+String(Value type(->$t)))  // 38 42 255 5 23
var $i : Integer
ALERT(String(Type($i))+" "+String(Value type($i))+" "+String(Type($vVar))+" "+String(Type($t)))  // 9 1 12 2: Type reads the declaration
