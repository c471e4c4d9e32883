// Functions that call back a formula or a project method (docs/language.md §14.4,
// "Callback protocol"; 4d/docs docs/API/CollectionClass.md).
var $c; $col; $r : Collection
var $f : 4D.Function
// .map: same length; a formula returns the value, a method sets $1.result.
$c:=New collection(1; 4; 9; 10; 20)
ALERT(JSON Stringify($c.map(Formula(Round(($1.value/$2)*100; 2)); $c.sum())))  // [2.27,9.09,20.45,22.73,45.45]
ALERT(JSON Stringify($c.map("cb_positive")))  // [true,true,true,true,true]
ALERT(JSON Stringify($c.map("cb_double_until"; 9)))  // [2,8,18]: $1.stop after the element 9
$col:=New collection(1; 2; 3; 4)
ALERT(JSON Stringify($col.map(Formula(New collection($1.value*2)))))  // [[2],[4],[6],[8]]
// .flatMap: map, then flat(1).
ALERT(JSON Stringify($col.flatMap(Formula(New collection($1.value*2)))))  // [2,4,6,8]
$col:=New collection("Hello how"; ""; "are you ?")
ALERT(JSON Stringify($col.map(Formula(Split string($1.value; " ")))))  // [["Hello","how"],[],["are","you","?"]]
ALERT(JSON Stringify($col.flatMap(Formula(Split string($1.value; " ")))))  // ["Hello","how","are","you","?"]
$c:=New collection(1; 4; 9; 10; 20)
$f:=Formula(New collection($1.value; Round(($1.value/$2)*100; 2)))
ALERT(JSON Stringify($c.flatMap($f; $c.sum())))  // [1,2.27,4,9.09,9,20.45,10,22.73,20,45.45]
// .filter: shallow; a method that sets no result keeps nothing.
$col:=New collection("hello"; "world"; "red horse"; 66; "tim"; "san jose"; "miami")
ALERT(JSON Stringify($col.filter(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 6)))  // ["hello","world","tim","miami"]
ALERT(JSON Stringify(New collection(-1; 2; -3; 4).filter("cb_positive")))  // [2,4]
ALERT(JSON Stringify(New collection(1; 2).filter("cb_nothing")))  // []
$f:=Formula(OB Get type($1; "value")=$2)
$c:=New collection(5; 3; 1; 4; 6; 2)
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
ALERT(JSON Stringify($c.filter($f; Is real)))  // [5,3,1,4,6,2]
ALERT(JSON Stringify($c.filter($f; Is object)))  // [{"name":"Cleveland","zc":35049},{"name":"Blountsville","zc":35031}]
// .find / .findIndex, with an optional start index first.
$col:=New collection("hello"; "world"; 4; "red horse"; "tim"; "san jose")
ALERT($col.find(Formula((Value type($1.value)=Is text) && (Length($1.value)<$2)); 5))  // tim
$c:=New collection
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
$c.push(New object("name"; "Adger"; "zc"; 35006))
$c.push(New object("name"; "Clanton"; "zc"; 35046))
$c.push(New object("name"; "Clanton"; "zc"; 35045))
ALERT(JSON Stringify($c.find(Formula($1.value.name=$2); "Clanton")))  // {"name":"Clanton","zc":35046}
$val2:=$c.findIndex(Formula($1.value.name=$2); "Clanton")
ALERT(String($val2))  // 3
ALERT(String($c.findIndex($val2+1; Formula($1.value.name=$2); "Clanton")))  // 4
ALERT(String($c.findIndex(Formula($1.value.name=$2); "Paris")))  // -1
ALERT(String(Value type($c.find(Formula($1.value.name=$2); "Paris"))))  // 5: not found is undefined
ALERT(String($c.findIndex(-1; Formula($1.value.name=$2); "Clanton")))  // 4: -1+5, searched to the right
ALERT(String(New collection(-1; 3).findIndex("cb_positive")))  // 1
// .every / .some: stop at the first deciding element; start ≥ length → False.
$f:=Formula($1.value>0)
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ALERT(String($c.every($f)))  // True
$c.push(-1)
ALERT(String($c.every($f)))  // False
$f:=Formula(Value type($1.value)=$2)
$c:=New collection
$c.push(5; 3; 1; 4; 6; 2)
ALERT(String($c.every($f; Is real)))  // True
$c:=$c.push(New object("name"; "Cleveland"; "zc"; 35049))
ALERT(String($c.every($f; Is real)))  // False
ALERT(String(New collection(1; 2).every(5; Formula($1.value>0))))  // False: start beyond the end
$c:=New collection
$c.push(-5; -3; -1; -4; -6; -2)
ALERT(String($c.some(Formula($1.value>0))))  // False
$c.push(1)
ALERT(String($c.some(Formula($1.value>0))))  // True
$c:=New collection
$c.push(1; -5; -3; -1; -4; -6; -2)
ALERT(String($c.some(Formula($1.value>0))))  // True
ALERT(String($c.some(1; Formula($1.value>0))))  // False
ALERT(String($c.some("cb_positive"))+" "+String($c.every("cb_positive")))  // True False
// .reduce / .reduceRight: $1.accumulator starts at init (else undefined).
$c:=New collection
$c.push(New collection(0; 1))
$c.push(New collection(2; 3))
$c.push(New collection(4; 5))
$c.push(New collection(6; 7))
ALERT(JSON Stringify($c.reduce(Formula(Flatten))))  // [0,1,2,3,4,5,6,7]: Formula(Flatten) forwards $1
ALERT(JSON Stringify($c.reduceRight(Formula(Flatten))))  // [6,7,4,5,2,3,0,1]
ALERT(JSON Stringify($c.reduce("Flatten")))  // [0,1,2,3,4,5,6,7]
ALERT(String(New collection(1; 2; 3).reduce("cb_sum"; 10)))  // 16
ALERT(String(New collection(5; 3; 5; 1; 3; 4; 4; 6; 2; 2).reduce(Formula($1.value*$1.accumulator); 1)))  // 86400: a formula's value becomes the accumulator
ALERT(New collection("a"; "b"; "c").reduceRight(Formula($1.accumulator+$1.value); ""))  // cba
// .sort with a callback; .orderByMethod returns a sorted copy.
$fruits:=New collection("Orange"; "Apple"; "Grape"; "pear"; "Banana"; "fig"; "Blackberry"; "Passion fruit")
ALERT(JSON Stringify($fruits.orderByMethod(Formula(Length(String($1.value))>Length(String($1.value2))))))  // ["Passion fruit","Blackberry","Orange","Banana","Apple","Grape","pear","fig"]: stable
ALERT(JSON Stringify($fruits.copy().sort("cb_shorter")))  // ["fig","pear","Apple","Grape","Orange","Banana","Blackberry","Passion fruit"]
$c:=New collection("33"; "4"; "1111"; "222")
ALERT(JSON Stringify($c.orderBy()))  // ["1111","222","33","4"]: alphabetical
ALERT(JSON Stringify($c.orderByMethod(Formula(Num($1.value)<Num($1.value2)))))  // ["4","33","222","1111"]
ALERT(JSON Stringify($c))  // ["33","4","1111","222"]: orderByMethod leaves the original alone
