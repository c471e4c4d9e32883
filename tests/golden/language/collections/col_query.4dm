// test: expect-error
// collection.query() and collection.indices(): the examples of
// 4d/docs docs/API/CollectionClass.md (.query() Examples 1 and 2, object and
// collection references, placeholders; .indices() Example).
var $c; $c2; $c3; $col; $icol : Collection
$c:=New collection
$c.push(New object("name";"Cleveland";"zc";35049))
$c.push(New object("name";"Blountsville";"zc";35031))
$c.push(New object("name";"Adger";"zc";35006))
$c.push(New object("name";"Clanton";"zc";35046))
$c.push(New object("name";"Clanton";"zc";35045))
$c2:=$c.query("name = :1";"Cleveland")  // [{name:Cleveland,zc:35049}]
ALERT(JSON Stringify($c2))
$c3:=$c.query("zc > 35040")  // Cleveland, Clanton 35046, Clanton 35045
ALERT(JSON Stringify($c3))
$icol:=$c.indices("name = :1";"Cleveland")  // [0]
ALERT(JSON Stringify($icol))
$icol:=$c.indices("zc > 35040")  // [0,3,4]
ALERT(JSON Stringify($icol))

// Example 2 (its dd-mm-yyyy dates written as ISO literals)
$c:=New collection
$c.push(New object("name";"Smith";"dateHired";!2002-05-22!;"age";45))
$c.push(New object("name";"Wesson";"dateHired";!2017-11-30!))
$c.push(New object("name";"Winch";"dateHired";!2018-05-16!;"age";36))
$c.push(New object("name";"Sterling";"dateHired";!1999-05-10!;"age";Null))
$c.push(New object("name";"Mark";"dateHired";!2002-01-01!))
$col:=$c.query("name = :1";"@in@")  // Winch, Sterling
ALERT($col.extract("name").join(","))
var $aString : Text
$aString:="W"
$col:=$c.query("name # :1";$aString+"@")  // Smith, Sterling, Mark
ALERT($col.extract("name").join(","))
$col:=$c.query("age=null")  // Wesson, Sterling, Mark
ALERT($col.extract("name").join(","))
$col:=$c.query("dateHired < :1";!2018-01-10!-90)  // Smith, Sterling, Mark ("if today is 01/10/2018": January 10)
ALERT($col.extract("name").join(","))

// Placeholders for the property path: indexed and named (querySettings)
var $myCol : Collection
$myCol:=New collection(New object("city";"Chicago");New object("city";"Paris"))
$c:=$myCol.query(":1=:2";"city";"Chicago")
ALERT(JSON Stringify($c))
var $o : Object
$o:=New object
$o.attributes:={att: "city"}
$o.parameters:={name: "Chicago"}
$c:=$myCol.query(":att=:name";$o)
ALERT(JSON Stringify($c))

// Object and collection references as values (querySettings only)
var $o1:={a: 1}
var $o2:={a: 1}
var $o3:=$o1
var $colResult : Collection
$col:=[{o: $o1}; {o: $o2}; {o: $o3}]
$colResult:=$col.query("o = :v"; {parameters: {v: $o3}})
ALERT(String($colResult.length)+" "+String($colResult[0].o=$o1)+" "+String($colResult[1].o=$o1))
var $c1:=[1; 2; 3]
var $cc2:=[1; 2; 3]
var $cc3:=$c1
$col:=[{c: $c1}; {c: $cc2}; {c: $cc3}]
var $col2 : Collection
$col2:=$col.query("c = :v"; {parameters: {v: $cc3}})
ALERT(String($col2.length)+" "+String($col2[0].c=$c1)+" "+String($col2[1].c=$c1))

// Parentheses, and/or, IN, [] paths, quotes
$c:=[{name: "Ann"; age: 30; status: "Manager"; kids: [{age: 3}]}; {name: "Bob"; age: 70; status: "Clerk"; kids: []}; {name: "Cid"; age: 40; status: "Clerk"; kids: [{age: 12}; {age: 15}]}]
ALERT($c.query("(age >= 30 OR age <= 65) AND (status = 'Manager' OR age > 35)").extract("name").join(","))
ALERT($c.query("name IN :1";["bob"; "cid"]).extract("name").join(","))
ALERT($c.query("kids[].age > 10").extract("name").join(","))
ALERT($c.query("not(status = 'Clerk')").extract("name").join(","))
ALERT(String($c.query("name = 'nobody'").length))
// A shared collection gives a shared result
var $s : Collection
$s:=New shared collection(New shared object("v";1);New shared object("v";2))
ALERT(String(OB Is shared($s.query("v > 1"))))
// A placeholder without a value is a query error
$c.query("name = :2";"Ann")
