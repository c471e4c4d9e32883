// docs/language.md §14–§19: the spec examples not covered by the topic tests.
// §14.1 literals.
$t:=True
ALERT(JSON Stringify([[1; 2]; [3; 4]])+" "+JSON Stringify({a: "foo"; b: 42; c: {}; d: ($t) ? True : False}))  // [[1,2],[3,4]] {"a":"foo","b":42,"c":{},"d":true}
ALERT(JSON Stringify({"a b": 1})+" "+JSON Stringify([]))  // {"a b":1} []
$o:=New object
ALERT(JSON Stringify([$o.missing]))  // [null]: an undefined element becomes null
// §14.2 index: fraction dropped; negative or past the end is -30005; writing grows.
$c:=["a"; "b"; "c"]
ALERT($c[1.7]+" "+String(Try($c[-1]))+String(Last errors[0].errCode)+" "+String(Try($c[3]))+String(Last errors[0].errCode))  // b -30005 -30005
$c[9]:="z"
ALERT(String($c.length)+" "+String($c[5]=Null))  // 10 True
$e:=New object("children"; New collection(New object("age"; 1); New object("age"; 2); New object("age"; 3)))
ALERT(String($e.children[2].age))  // 3
// §16 conversions named in the table.
ALERT(String(Num("A1B2C3"))+" "+String(Num("123-456"))+" "+String(Num("-123e2"))+" "+String(Int(-123.4)))  // 123 123 -12300 -124
ALERT(String(String(1/3))+" "+String(Arctan(1)*4)+" "+String(2^15)+" "+String(254; 16)+" "+String(-1; "&x"))  // 0.3333333333333 3.14159265359 32768 fe 0xFFFFFFFF
ALERT(String(!2023-11-27!)+" "+String(!2023-11-27!; ISO date))  // 11/27/2023 2023-11-27T00:00:00
// §17 the example.
$f:=Formula($1+" "+$2)
ALERT($f.call(Null; "Hello"; "World"))  // Hello World
// §19.2 -30008: wrong number or type of parameters for a command.
ALERT(String(Try(Length(5)))+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30008 Wrong number or type of parameters for 'Length'
ALERT(String(Try(Substring("abc")))+String(Last errors[0].errCode))  // -30008
// §19.5 Error is 0 when a Try begins; Last errors is Null.
$r:=Try(1/"a")
Try
	ALERT(String(Error)+" "+String(Last errors=Null))  // 0 True
Catch
End try
