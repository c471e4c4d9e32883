// Class functions as 4D.Function objects, and formulas with This, as
// 4d/docs docs/API/FunctionClass.md, docs/commands/this.md and
// docs/Concepts/classes.md describe them.
$person:=cs.Person.new("John"; "Doe")
// classes.md, "Function": class functions are objects of the 4D.Function class.
ALERT(String(OB Instance of($person.sayHello; 4D.Function)))  // True
// FunctionClass.md, .call(): This is the object passed first.
$f:=$person.sayHello
ALERT($f.call(cs.Person.new("Ann"; "Lee")))  // Hello Ann Lee
// .apply(): parameters as a collection (FunctionClass.md, .apply() example 1).
$calc:=cs.Calc.new()
ALERT(String($calc.add.apply($calc; New collection(10; 20))))  // 30
ALERT(String($calc.add.call(New object("base"; 100); 1; 2)))  // 103
// this.md, "Class function": This is the object the function is called on,
// even a plain object the function was stored in.
$plain:=New object("a"; 5; "b"; 3; "f"; cs.ob.new().f)
ALERT(String($plain.f()))  // 8
// this.md, "Formula object": This is the object the formula is called on.
$person.greet:=Formula("Hi "+This.firstName)
ALERT($person.greet())  // Hi John
$person.shout:=Formula from string("Uppercase(This.lastName)")
ALERT($person.shout())  // DOE
// FunctionClass.md, .apply() example 2: This.total set by the formula.
$feta:=New object("name"; "Feta"; "price"; 12.5; "quantity"; 5)
$total:=Formula(This.total:=This.price*This.quantity)
$total.apply($feta)
ALERT(String($feta.total))  // 62.5
// Formula objects are properties of the instance: JSON shows them as {}
// (own properties), functions of the class never.
ALERT(JSON Stringify(OB Keys($person)))  // ["firstName","lastName","greet","shout"]
// classes.md, "Function": Current method name in a class function.
ALERT($calc.where())  // Calc.where
