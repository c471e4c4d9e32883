// Objects, the object commands of docs/language.md §14.3, JSON (§16) and class
// objects (4d/docs docs/Concepts/dt_object.md, commands-legacy/ob-*.md,
// json-stringify.md, json-parse.md).
$o:={a: "foo"; b: 42; c: {}; d: (False) ? True : False}
ALERT(JSON Stringify($o))  // {"a":"foo","b":42,"c":{},"d":false}
$o2:={"a b": 1; x: [1; [2; 3]]}
ALERT(JSON Stringify($o2)+" "+String($o2["a b"]))  // {"a b":1,"x":[1,[2,3]]} 1
// Dot and bracket access; names are case-sensitive; order of creation is kept.
$Emp:=New object
$Emp.city:="London"
$Emp.city:="Paris"
$Emp.phone:=New object("office"; "123456789"; "home"; "0011223344")
ALERT($Emp.city+" "+$Emp.phone.home)  // Paris 0011223344
$Emp["city"]:="Berlin"
$addr:="address"
For ($i; 1; 2)
	$Emp[$addr+String($i)]:=""
End for
$Emp.City:="other"
ALERT(JSON Stringify($Emp))  // {"city":"Berlin","phone":{"office":"123456789","home":"0011223344"},"address1":"","address2":"","City":"other"}
// Objects are references; OB Copy is a deep copy.
$a:=New object("n"; New object("m"; 1))
$b:=$a
$c:=OB Copy($a)
$b.n.m:=2
ALERT(String($a.n.m)+" "+String($c.n.m)+" "+String($a=$b)+" "+String($a=$c))  // 2 1 True False
// OB Keys, OB Values, OB Entries, OB Is defined, OB Is empty, OB REMOVE, OB Get, OB SET.
$o:=New object("b"; 1; "a"; Null; "c"; "x")
ALERT(JSON Stringify(OB Keys($o))+" "+JSON Stringify(OB Values($o)))  // ["b","a","c"] [1,null,"x"]
ALERT(JSON Stringify(OB Entries($o)))  // [{"key":"b","value":1},{"key":"a","value":null},{"key":"c","value":"x"}]
ALERT(String(OB Is defined($o; "a"))+String(OB Is defined($o; "z"))+String(OB Is defined($o)))  // TrueFalseTrue
var $none : Object
ALERT(String(OB Is empty(New object))+String(OB Is empty($o))+String(OB Is empty($none))+String(OB Is defined($none)))  // TrueFalseTrueFalse
OB REMOVE($o; "a")
OB REMOVE($o; "missing")
ALERT(JSON Stringify($o))  // {"b":1,"c":"x"}
var $Object : Object
OB SET($Object; "FirstName"; "John"; "LastName"; "Smith")
OB SET($Object; "FirstName"; "Paul")
OB SET($Object; "department"; "Accounting")
ALERT(JSON Stringify($Object)+" "+OB Get($Object; "LastName"))  // {"FirstName":"Paul","LastName":"Smith","department":"Accounting"} Smith
var $ref : Object
OB SET($ref; "name"; "smith"; "age"; 42)
ALERT(String(OB Get type($ref; "name"))+" "+String(OB Get type($ref; "age"))+" "+String(OB Get type($ref; "none")))  // 2 1 5
// JSON Stringify: scalars too; * indents with tabs; pointers are resolved.
ALERT(JSON Stringify("Eureka!")+" "+JSON Stringify(120)+" "+JSON Stringify(?20:00:00?)+" "+JSON Stringify(!2013-08-28!))  // "Eureka!" 120 72000 "2013-08-28"
var $Contact; $Children : Object
OB SET($Contact; "lastname"; "Monroe"; "firstname"; "Alan")
OB SET($Children; "firstname"; "Jim"; "age"; "12")
OB SET($Contact; "children"; $Children)
ALERT(JSON Stringify($Contact))  // {"lastname":"Monroe","firstname":"Alan","children":{"firstname":"Jim","age":"12"}}
ALERT(JSON Stringify($Contact; *))
// {
// 	"lastname": "Monroe",
// 	"firstname": "Alan",
// 	"children": {
// 		"firstname": "Jim",
// 		"age": "12"
// 	}
// }
var $MyTestVar : Object
var $name : Text
OB SET($MyTestVar; "name"; ->$name)
ALERT(JSON Stringify($MyTestVar))  // {"name":""}
$name:="Smith"
ALERT(JSON Stringify($MyTestVar))  // {"name":"Smith"}: the pointer is evaluated each time
$s:=JSON Stringify("{\"name\":\"john\"}")
ALERT($s)  // "{\"name\":\"john\"}"
ALERT(JSON Parse($s))  // {"name":"john"}
ALERT(JSON Stringify(New collection(33; "mike"; !2017-08-28!; False)))  // [33,"mike","2017-08-28",false]
ALERT(JSON Stringify(New object("a"; 1; "u"; $none.x)))  // {"a":1}: undefined properties are left out
// JSON Parse keeps the order of members; "YYYY-MM-DD" strings become dates.
$p:=JSON Parse("{\"z\":1,\"a\":[true,null,\"x\"],\"m\":{\"d\":1.5}}")
ALERT(JSON Stringify($p)+" "+JSON Stringify(OB Keys($p)))  // {"z":1,"a":[true,null,"x"],"m":{"d":1.5}} ["z","a","m"]
$o:=JSON Parse("{\"name\":\"Marcus\",\"birthday\":\"2017-10-16\"}")
ALERT(String(Value type($o.birthday))+" "+String($o.birthday))  // 4 10/16/2017
ALERT(JSON Parse("\"1990-12-25T12:00:00Z\""))  // 1990-12-25T12:00:00Z: only the plain date form is converted
$myCol:=JSON Parse("[\"Monday\",10,\"Tuesday\",11,\"Wednesday\",12,false]")
ALERT(String($myCol.length)+" "+String(Value type($myCol)))  // 7 42
// JSON Parse with a type.
ALERT(String(JSON Parse("42.17"))+" "+String(JSON Parse("120.13"; Is longint))+" "+JSON Parse("\"Year 42\""; Is text))  // 42.17 120 Year 42
ALERT(String(JSON Parse("5120"; Is time))+" "+String(JSON Parse("\"2008-01-01T12:00:00Z\""; Is date)))  // 01:25:20 01/01/2008
// Invalid JSON is error -30014.
ALERT(String(Try(JSON Parse("{oops")))+" "+String(Last errors[0].errCode))  // -30014
// Class objects: 4D.Object, 4D.Function; OB Instance of, OB Class.
ALERT(String(OB Instance of(New object; 4D.Object))+" "+String(OB Instance of(Formula(1); 4D.Function))+" "+String(OB Instance of(Formula(1); 4D.Object)))  // True True True
ALERT(String(OB Instance of(New object; 4D.Function))+" "+String(OB Instance of(New collection; 4D.Object)))  // False False
ALERT(OB Class(New object).name+" "+OB Class(Formula(1)).name+" "+String(4D.Function.superclass=4D.Object))  // Object Function True
ALERT(String(Try(OB Instance of(New object; cs.NoSuchClass)))+" "+String(Last errors[0].errCode))  // -10745: not a class
