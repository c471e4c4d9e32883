// A formula whose expression is an assignment (4d/docs docs/API/CollectionClass.md
// reduce, docs/API/FunctionClass.md): it assigns when called, and its value is
// the value assigned.
var $r : Real
$r:=[5; 3; 5; 1; 3; 4; 4; 6; 2; 2].reduce(Formula($1.accumulator*=$1.value); 1)
ALERT(String($r))  // 86400
$o:=New object("price"; 12.5; "quantity"; 4)
$o.total:=Formula(This.total:=This.price*This.quantity)
ALERT(String($o.total()))  // 50
ALERT(String($o.total))  // 50: the formula replaced itself with the product
$robot:=New object("price"; 543; "quantity"; 2)
$f:=Formula(This.total:=This.price*This.quantity)
$f.call($robot)
ALERT(String($robot.total))  // 1086
// Every compound operator, and a plain assignment to a parameter.
$c:=New object("n"; 10)
ALERT(String(Formula($1.n+=5).call(Null; $c))+" "+String($c.n))  // 15 15
ALERT(String(Formula($1.n-=3).call(Null; $c))+" "+String($c.n))  // 12 12
ALERT(String(Formula($1.n*=2).call(Null; $c))+" "+String($c.n))  // 24 24
ALERT(String(Formula($1.n/=4).call(Null; $c))+" "+String($c.n))  // 6 6
ALERT(String(Formula($1:=$1*7).call(Null; 6)))  // 42
// Formula from string reads an assignment too.
$g:=Formula from string("$1.accumulator+=$1.value")
ALERT(String([1; 2; 3].reduce($g; 10)))  // 16
ALERT(String(Formula from string("$1.s:=\"a\"+$1.s").call(Null; New object("s"; "b"))))  // ab
