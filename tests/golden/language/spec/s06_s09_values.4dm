// docs/language.md §6–§9: truthiness, types and defaults, Null and undefined,
// comparisons — the spec's own examples.
// §6 falsy: False, Null, undefined, null object/collection/pointer, null date, "", [], {}.
var $no : Object
var $nc : Collection
var $np : Pointer
$u:=New object
ALERT(String(False || 1)+String(Null || 1)+String($u.x || 1)+String($no || 1)+String($nc || 1)+String($np || 1)+String(!00-00-00! || 1)+String("" || 1)+String([] || 1)+String({} || 1))  // 1111111111
ALERT(String(0 || 1)+" "+String("0" || 1)+" "+String(?00:00:00? || 1))  // 0 0 00:00:00: truthy
ALERT(String("Hello" && "World")+" "+String(False && 0)+" "+String(0 && False)+" "+String(5 && 10 && "hello"))  // World False False hello
// Conditions: Undefined and Null count as False; other non-Booleans are -30009.
If ($u.x)
Else
	ALERT("undefined is False")  // undefined is False
End if
If (Null)
Else
	ALERT("Null is False")  // Null is False
End if
Try
	If ("0")
	End if
Catch
	ALERT(String(Last errors[0].errCode))  // -30009
End try
// §7 defaults and Type codes.
var $txt : Text
var $real : Real
var $int : Integer
var $bool : Boolean
var $date : Date
var $time : Time
var $pic : Picture
var $blob : Blob
var $var : Variant
ALERT(String(Type($txt))+" "+String(Type($real))+" "+String(Type($int))+" "+String(Type($bool))+" "+String(Type($date))+" "+String(Type($time))+" "+String(Type($no))+" "+String(Type($nc))+" "+String(Type($np))+" "+String(Type($pic))+" "+String(Type($blob))+" "+String(Type($var)))  // 2 1 9 6 4 11 38 42 23 3 30 12
ALERT(String(Value type($int))+" "+String(Value type($var))+" "+String(Value type(Null)))  // 1 5 255
$int:=3.7
var $int2 : Integer
$int2:=-2.5
ALERT(String($int)+" "+String($int2))  // 4 -3
ALERT(String($no=Null)+" "+String(Value type($no.a))+" "+String($nc.length))  // True 5 0
Try
	$no.a:=1
Catch
	ALERT(String(Last errors[0].errCode))  // -30006: writing into a null-like object
End try
// §8 undefined and Null.
ALERT(String(Value type(New collection.first()))+" "+String(Value type(Try(1/"x"))))  // 5 5
ALERT(String(Value type($u.a.b.c)))  // 5: a property of undefined is undefined
Try
	$u.a.b:=1
Catch
	ALERT(String(Last errors[0].errCode))  // -30006: writing through undefined
End try
ALERT("["+String($u.zz)+"] "+String(Null))  // [] null
// §9.1–9.3 text.
ALERT(String("a"="A")+String("n"="ñ")+String("A"="å"))  // TrueTrueTrue
ALERT(String("abcdefghij"="abc@")+String("abc@"="abcdefghij")+String("abcdefghij"="@abcde@fghij@")+String("abcd"<="abc@"))  // TrueFalseTrueTrue
ALERT(String(New collection("Albert"; "bob").indexOf("al@")))  // 0
ALERT(String("Alpha Bravo" % "Bravo")+String("Alpha Bravo" % "ravo")+String("Alpha Bravo" % "Alpha Bravo")+String("Software and Computers" % "comput@"))  // TrueFalseFalseTrue
ALERT(String("Pi is 3.14 today" % "3.14")+String("1,000 units" % "1,000")+String("don't stop" % "don't")+String("a.b" % "b"))  // TrueTrueTrueTrue
// §9.4 numbers, dates, times.
ALERT(String(0.000001=0.000002)+String(0.00001=0.00002))  // TrueFalse
ALERT(String(!00-00-00!<!0100-01-01!)+String(?00:00:01?>?00:00:00?))  // TrueTrue
