// User classes as 4d/docs docs/Concepts/classes.md and docs/API/ClassClass.md
// describe them; each expected value is the page's.
var $person : cs.Person
$person:=cs.Person.new("John"; "Doe")
ALERT($person.sayHello())  // classes.md, overview: Hello John Doe
ALERT($person.fullName)  // John Doe (the getter runs)
$person.fullName:="John Smith"  // the setter runs
ALERT($person.firstName+"|"+$person.lastName)  // John|Smith
// Functions and computed properties live on the class, not the instance:
// JSON Stringify and OB Keys do not list them (classes.md, "Property lookup").
ALERT(JSON Stringify($person))  // {"firstName":"John","lastName":"Smith"}
ALERT(JSON Stringify(OB Keys($person)))  // ["firstName","lastName"]

// docs/API/ClassClass.md, .new(): the constructor gets the parameters.
$rect:=cs.Rectangle.new(50; 100)
ALERT(String($rect.getArea()))  // 5000

// super.md: Super() in a constructor, Super.fn() in a function.
$square:=cs.Square.new(5)
ALERT($square.name+" "+String($square.getArea()))  // Square 25
ALERT($square.description())  // I have 4 sides which are all equal

// classes.md, "property": initialized properties are set by new().
var $o : cs.MyClass
$o:=cs.MyClass.new()
ALERT(JSON Stringify($o))  // {"color":"Blue"}
$o.name:="John"
ALERT(JSON Stringify($o))  // {"color":"Blue","name":"John"}

// classes.md, "This".
$ob:=cs.ob.new()
$ob.a:=5
$ob.b:=3
ALERT(String($ob.f()))  // 8

// Class objects: name, superclass (ClassClass.md), the class of an instance.
$e:=cs.Empty.new()
ALERT(OB Class($e).name)  // Empty
ALERT(JSON Stringify($e))  // {}
ALERT(cs.Square.superclass.name)  // Rectangle
ALERT(String(cs.Rectangle.superclass=4D.Object))  // True: 4D.Object is extended by default
ALERT(String(Value type(4D.Object.superclass)))  // 255 (Is null): ClassClass.md, .superclass
ALERT(String(OB Instance of($square; cs.Rectangle)))  // True
ALERT(String(OB Instance of($square; 4D.Object)))  // True
ALERT(String(OB Instance of($rect; cs.Square)))  // False
ALERT(String(OB Class($square)=cs.Square))  // True
ALERT(String(Value type(cs.Unknown)))  // 5 (Is undefined): no such class

// Shared classes: instances are shared objects; shared functions need no Use.
$sp:=cs.SharedPerson.new("John"; "Smith")
ALERT(String(OB Is shared($sp))+" "+String(cs.SharedPerson.isShared))  // True True
$sp.rename("Ann")
ALERT($sp.firstName)  // Ann
ALERT(String(cs.Person.isShared)+" "+String(cs.Person.isSingleton))  // False False

// Singletons: .me makes the instance once, then gives it again.
$tag1:=cs.ProcessTag.me
$tag2:=cs.ProcessTag.me
ALERT(String($tag1=$tag2)+" "+String(cs.ProcessTag.isSingleton))  // True True
ALERT(String(Value type($tag1)=Is object)+" "+String($tag1.tag=$tag2.tag))  // True True: an instance, the same one
ALERT(String(Value type(cs.Person.me)))  // 5: .me is undefined for a class that is no singleton

// A function as an object: $f.call(other) runs it with This = other.
$f:=$person.sayHello
ALERT($f.call(cs.Person.new("Ann"; "Lee")))  // Hello Ann Lee
ALERT(String($f=$person.sayHello))  // True: one function object
$c:=cs.Counter.new()
$c.sink:=21
ALERT(String($c.double)+" "+String(Value type($c.sink)))  // 42 5
