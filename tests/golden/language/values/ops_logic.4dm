// Booleans, truthiness, &&, ||, the ternary operator (docs/language.md §5, §6;
// 4d/docs versioned_docs/version-21/Concepts/operators.md, dt_boolean.md).
ALERT(String(True & False)+String(True | False)+String(Not(True))+String(True=True)+String(True#False))  // FalseTrueFalseTrueTrue
ALERT(String(true)+String(FALSE))  // TrueFalse: True and False are commands, any case
// & and | evaluate both sides; && and || stop when the result is known.
calls:=0
$b:=False & Counted_true
$b:=True | Counted_true
ALERT(String(calls))  // 2: both calls ran
calls:=0
$v:=False && Counted_true
$v:=True || Counted_true
ALERT(String(calls))  // 0: neither call ran
// && returns the first falsy operand, else the last; || the first truthy, else the last.
var $v : Variant
$v:="Hello" && "World"
ALERT($v)  // World
$v:=False && 0
ALERT(String($v))  // False
$v:=0 && False
ALERT(String($v))  // False
$v:=5 && !00-00-00!
ALERT(String($v))  // 00/00/00
$v:=5 && 10 && "hello"
ALERT($v)  // hello
$o:=New object("price"; 10)
$v:=$o.taxRate && ($o.price*$o.taxRate)
ALERT(String(Value type($v)))  // 5: undefined, the first falsy operand
$o.taxRate:=0.5
ALERT(String($o.taxRate && ($o.price*$o.taxRate)))  // 5
var $phone : Text
$emp:=New object
$phone:=$emp.phone || "n/a"
ALERT($phone)  // n/a
$emp.phone:="555"
ALERT($emp.phone || "n/a")  // 555
ALERT("a" || "b" && "")  // (empty line): ("a"||"b") && "" is ""
// Falsy: False, Null, undefined, "", [], {}, the null date; 0 is truthy.
ALERT(String(0 || "x")+" "+String("" || "x")+" "+String(Null || "x")+" "+String(New collection || "x"))  // 0 x x x
ALERT(String(New object || "x")+" "+String(!00-00-00! || "x")+" "+String(?00:00:00? || "x")+" "+String("0" || "x"))  // x x 00:00:00 0
ALERT(String(New collection(1) || "x")+" "+String(New object("a"; 1) || "x"))  // [1] {"a":1}
// The ternary operator tests truthiness and evaluates one branch.
var $age : Integer
$age:=26
ALERT(($age>=21) ? "Beer" : "Juice")  // Beer
ALERT((0) ? "zero is truthy" : "zero is falsy")  // zero is truthy
ALERT(("") ? "y" : "n")  // n
ALERT(False ? "a" : True ? "b" : "c")  // b: it nests to the right
$person:=New object("lastname"; "Doe")
$fullname:=($person.firstname && $person.lastname) ? ($person.firstname+" "+$person.lastname) : ($person.lastname || $person.firstname) || ""
ALERT($fullname)  // Doe
calls:=0
$r:=True ? "x" : Counted_true
ALERT(String(calls))  // 0: the other branch is not evaluated
// Conditions must be Boolean; undefined and Null count as False.
$o:=New object
If ($o.a)
	ALERT("never")
Else
	ALERT("undefined is False")  // undefined is False
End if
Case of
	: ($o.a)
		ALERT("never")
	: (Null)
		ALERT("never")
	Else
		ALERT("Null is False")  // Null is False
End case
// Comparing Booleans with < or > is an error (-30003), as is mixing types.
ALERT(String(Try(True<False))+" "+String(Last errors[0].errCode))  // -30003
ALERT(String(Try(True+1))+" "+String(Last errors[0].errCode))  // -30003
ALERT(String(Try("1"=1))+" "+String(Last errors[0].errCode))  // -30003: no implicit conversion
