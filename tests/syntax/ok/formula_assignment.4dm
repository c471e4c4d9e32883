// A formula's expression may be an assignment (4D's docs of collection.reduce
// and Formula): it assigns when the formula runs.
$r:=[5; 3; 5; 1; 3; 4; 4; 6; 2; 2].reduce(Formula($1.accumulator*=$1.value); 1)
$o.f:=Formula(This.total:=This.price*This.quantity)
$f:=Formula($1.n+=1)
$f:=Formula:C1597($1.s-=1)
$f:=Formula from string("$1.accumulator+=$1.value")
