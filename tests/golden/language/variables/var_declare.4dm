// var and C_XXX declarations, typed defaults, assignment rules (docs/language.md §7,
// §11.1–11.2; 4d/docs versioned_docs/version-20-R8/Concepts/variables.md).
var $a; $b : Text
var $n : Integer:=10
var $s:="hello"
var $k:=20
var $o:={}
var $c:=[]
var $v
ALERT("["+$a+$b+"] "+String($n)+" "+$s+" "+String($k)+" "+JSON Stringify($o)+JSON Stringify($c)+" "+String(Undefined($v)))  // [] 10 hello 20 {}[] True
// Inferred types: a number literal gives Real, not Integer.
ALERT(String(Type($s))+" "+String(Type($k))+" "+String(Type($o))+" "+String(Type($c))+" "+String(Type($n))+" "+String(Type($v)))  // 2 1 38 42 9 12
// Defaults of each type.
var $t : Text
var $r : Real
var $i : Integer
var $bo : Boolean
var $d : Date
var $h : Time
var $ob : Object
var $co : Collection
var $p : Pointer
ALERT("["+$t+"] "+String($r)+" "+String($i)+" "+String($bo)+" "+String($d)+" "+String($h))  // [] 0 0 False 00/00/00 00:00:00
ALERT(String($ob=Null)+" "+String($co=Null)+" "+String($p=Null)+" "+String(Is nil pointer($p)))  // True True True True
ALERT(String(Type($t))+" "+String(Type($r))+" "+String(Type($i))+" "+String(Type($bo))+" "+String(Type($d))+" "+String(Type($h))+" "+String(Type($ob))+" "+String(Type($co))+" "+String(Type($p)))  // 2 1 9 6 4 11 38 42 23
// Legacy declarations act like var.
C_TEXT($lt1; $lt2)
C_LONGINT($ll)
C_REAL($lr)
C_BOOLEAN($lb)
C_DATE($ld)
C_TIME($lh)
C_OBJECT($lo)
C_COLLECTION($lc)
C_POINTER($lp)
C_VARIANT($lv)
ALERT(String(Type($lt1))+" "+String(Type($ll))+" "+String(Type($lr))+" "+String(Type($lb))+" "+String(Type($ld))+" "+String(Type($lh))+" "+String(Type($lo))+" "+String(Type($lc))+" "+String(Type($lp))+" "+String(Type($lv)))  // 2 9 1 6 4 11 38 42 23 12
// Running var again: same type keeps the value.
$n:=5
var $n : Integer
ALERT(String($n))  // 5
// Assignment follows the declared type: numbers (and times) into numbers,
// a number (seconds) into a Time, each other type only into its own.
$r:=?00:01:00?
ALERT(String($r))  // 60
$h:=90
ALERT(String($h))  // 00:01:30
$o:=Null
$co:=Null
$p:=Null
ALERT(String($o=Null)+" "+String($co=Null))  // True True
// An undeclared variable takes any value and changes type.
$any:="text"
$any:=42
$any:=New collection
ALERT(String(Value type($any)))  // 42
var $var : Variant
$var:="x"
$var:=1
ALERT(String(Value type($var))+" "+String(Type($var)))  // 1 12
// Wrong-typed assignments are -30004 and leave the variable unchanged.
$t:="kept"
Try
	$t:=5
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30004 Cannot assign a Number to a Text
End try
ALERT($t)  // kept
Try
	$t:=Null
Catch
	ALERT(String(Last errors[0].errCode))  // -30004: Null into a Text
End try
Try
	$bo:=1
Catch
	ALERT(String(Last errors[0].errCode))  // -30004
End try
Try
	$d:="2020-01-01"
Catch
	ALERT(String(Last errors[0].errCode))  // -30004
End try
Try
	$i:="1"
Catch
	ALERT(String(Last errors[0].errCode))  // -30004
End try
Try
	$ob:=New collection
Catch
	ALERT(String(Last errors[0].errCode))  // -30004
End try
Try
	$co:=New object
Catch
	ALERT(String(Last errors[0].errCode))  // -30004
End try
// Declaring again with another type is -30004 too.
Try
	var $n : Text
Catch
	ALERT(String(Last errors[0].errCode)+" "+String($n))  // -30004 5
End try
