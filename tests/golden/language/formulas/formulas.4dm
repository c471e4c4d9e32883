// Formula objects (docs/language.md §17; 4d/docs docs/API/FunctionClass.md,
// docs/commands/formula.md).
var $f : 4D.Function
$f:=Formula(1+2)
$o:=New object("myFormula"; $f)
ALERT(String($f.call($o))+" "+String($f.apply($o))+" "+String($o.myFormula()))  // 3 3 3
ALERT(String(Value type($f))+" "+String(OB Instance of($f; 4D.Function)))  // 38 True
// $1…$n are the call's arguments.
$f:=Formula($1+" "+$2)
ALERT($f.call(Null; "Hello"; "World"))  // Hello World
$o:=New object("f"; Formula($1+$2))
ALERT(String($o.f(10; 20)))  // 30
$f:=Formula(Uppercase($1))
ALERT($f.call(Null; "hello"))  // HELLO
$f:=Formula($1+$2+$3)
ALERT(String($f.apply(Null; New collection(10; 20; 30))))  // 60
// This is the object the formula is called through (or given to call/apply).
$o:=New object("value"; 50)
$f:=Formula(This.value*2)
ALERT(String($f.call($o)))  // 100
$o:=New object("fullName"; Formula(This.firstName+" "+This.lastName))
$o.firstName:="John"
$o.lastName:="Smith"
ALERT($o.fullName())  // John Smith
ALERT($o["fullName"]())  // John Smith: brackets work too
$robot:=New object("name"; "Robot"; "price"; 543; "quantity"; 2)
$total:=Formula(This.price*This.quantity)
ALERT(String($total.call($robot))+" "+String($total.apply(New object("price"; 12.5; "quantity"; 5))))  // 1086 62.5
// Reading the property without () gives the formula itself.
$g:=$o.fullName
ALERT(String(Value type($g))+" "+$g.source)  // 38 This.firstName+" "+This.lastName
// Locals are copied when the formula is made; process variables are read live.
$value:=10
$o:=New object("f"; Formula($value))
$value:=20
ALERT(String($o.f()))  // 10
gLive:=1
$f:=Formula(gLive*100)
gLive:=2
ALERT(String($f.call()))  // 200
// Formula(MyMethod) forwards the call's arguments to the method.
$f:=Formula(myMethod)
ALERT($f.call(Null; "Hello"; "World"))  // Hello World
ALERT($f.call())  // How are you?
$o:=New object("f"; Formula(myMethod))
ALERT($o.f("param1"; "param2"))  // param1 param2
$o:=New object("name"; "Ann"; "who"; Formula(fx_this_name))
ALERT($o.who())  // fx_this_name: Ann: This reaches the method
// .source is the text of the expression.
$of:=Formula(String(Current time; HH MM AM PM))
ALERT($of.source)  // String(Current time; HH MM AM PM)
// Formula from string builds a formula from text.
$f:=Formula from string("$1*2")
ALERT(String($f.call(Null; 21))+" "+$f.source)  // 42 $1*2
$f:=Formula from string("myMethod($1; \"there\")")
ALERT($f.call(Null; "Hi"))  // Hi there
// A formula that calls nothing returns undefined.
$f:=Formula(ALERT("side effect"))
$r:=$f.call()  // side effect
ALERT(String(Value type($r)))  // 5
// Formulas compare by reference.
$f:=Formula(1)
$f2:=$f
ALERT(String($f=$f2)+" "+String($f=Formula(1)))  // True False
