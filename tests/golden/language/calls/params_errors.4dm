// Wrong-typed arguments for named parameters are -30004, raised at the call,
// before the method runs (docs/language.md §11.3; parameters.md, "Wrong parameter type").
$r:=Try(method1(42))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30004 Parameter 1 of 'method1': Cannot assign a Number to a Text
$r:=Try(SumNumbers(1; 2; "hello"; 4; 5))
ALERT(String(Last errors[0].errCode))  // -30004: the variadic tail is typed
ALERT(String(SumNumbers(1; ?00:00:02?)))  // 3: a Time is accepted as a number
// Undefined arrives as the default; Null is not a Text.
$o:=New object
method1($o.nothing)  // method1 ran with 
$r:=Try(method1(Null))
ALERT(String(Last errors[0].errCode))  // -30004
// A method called by name that does not exist is -30007.
$r:=Try(EXECUTE METHOD("no_such_method"))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30007 Unknown method 'no_such_method'
