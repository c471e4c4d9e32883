// Parameters, #DECLARE, variadics, $0 and return (docs/language.md §11.3–11.4, §13;
// 4d/docs versioned_docs/version-21/Concepts/parameters.md).
ALERT("["+concate("Hello")+"]")  // [Hello ]: a missing Text parameter is ""
ALERT("["+concate+"]")  // [ ]: no parentheses needed without arguments
ALERT(concate("Hello"; "World"))  // Hello World
ALERT(MySum("##0.00"; 125.2; 33.5; 24))  // 182.70
ALERT(MySum("000"; 1; 2; 200))  // 203
ALERT(String(SumNumbers)+" "+String(SumNumbers(1; 2; 3; 4; 5)))  // 0 15
foo_params("hello"; "world"; !01/01/2021!; 42; ?12:00:00?)
// param 1 = hello
// param 2 = world
// param 3 = 01/01/2021
// param 4 = 42
// param 5 = 12:00:00
ALERT(legacy_params("a"; 5.6; "c"))  // a|6|3|c: C_LONGINT rounds
ALERT(legacy_params(5; "x"))  // |0|2: legacy parameters of the wrong type get the empty value
ALERT(named_and_numbered("hi"; 7))  // hi! 7: $1 is $a
// Scalars are copied; objects and collections are references.
$name:="williams"
DO_SOMETHING($name)  // WILLIAMS
ALERT($name)  // williams
var $person : Object
$person:=New object("Name"; "Smith"; "Age"; 40)
ChangeAge($person)  // 50
ALERT(String($person.Age))  // 50
// return
ALERT(String(return_forms("expr"))+" "+String(return_forms("bare"))+" "+String(return_forms("after"))+" "+String(return_forms("none")))  // 20 10 30 40
ALERT("["+return_typed("x")+"]["+return_typed("bare")+"]")  // [typed x][]
ALERT(String(return_untyped(21))+" "+String(Value type(return_untyped)))  // 42 5
ALERT(zero_result)  // first then more
ALERT(String(method_object.a))  // 10: a method returning an object, then .a
// Count parameters counts the arguments actually passed.
ALERT(String(Count_args)+String(Count_args(1))+String(Count_args(1; "a"; Null)))  // 013
// ${n} reads and writes parameter n.
ALERT(indirect_write(1; 2; 3))  // 10 20 30
