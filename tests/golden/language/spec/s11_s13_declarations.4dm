// docs/language.md §11–§13: the spec's own declaration and call examples.
// §11.1
var $a; $b : Text
var $n : Integer:=10
var $s:="hello"
var $k:=20
var $o:={}
var $c:=[]
var $p : cs.Person
ALERT(String(Type($a))+String(Type($b))+" "+String($n)+" "+$s+" "+String(Type($k))+" "+String(Type($o))+" "+String(Type($c))+" "+String(Type($p))+" "+String($p=Null))  // 22 10 hello 1 38 42 38 True
var $x, $y : Integer
ALERT(String(Type($x))+" "+String(Type($y)))  // 9 9: "," is accepted between names
// §11.2 C_TEXT(${2}) types the parameters from 2 on.
ALERT(spec_legacy("a"; 1; 2))  // a|||3
// §11.3 the three #DECLARE forms.
ALERT(spec_concate("Hello"))  // Hello 
ALERT(String(spec_typed_result(New object("k"; 1))))  // 1
ALERT(spec_variadic("%"; 1.5; 2))  // % 1.5 2
// §11.4 return.
ALERT(spec_return_named)  // named value
// §12.2 the example.
$t:=""
For ($i; 0; 9)
	If ($i=3)
		continue
	End if
	$t:=$t+String($i)
End for
ALERT($t)  // 012456789
// §13 a method returning an object may be followed by member access.
$r:=spec_object.a
ALERT(String($r))  // 10
