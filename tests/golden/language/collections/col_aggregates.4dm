// Aggregates and value extraction (4d/docs docs/API/CollectionClass.md,
// docs/language.md §14.4).
var $col; $c; $c2 : Collection
// .sum: non-numbers ignored; nothing numeric → 0.
ALERT(String(New collection(10; 20; "Monday"; True; 2).sum()))  // 32
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500.5))
ALERT(String($col.sum("salary")))  // 70500.5
ALERT(String(New collection.sum())+" "+String(New collection("a").sum())+" "+String($col.sum("nope")))  // 0 0 0
// .average: nothing numeric → undefined.
ALERT(String(New collection(10; 20; "Monday"; True; 6).average()))  // 12
$col:=New collection
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
ALERT(String($col.average("salary")))  // 23500
ALERT(String(Value type(New collection.average()))+" "+String(Value type(New collection("x").average())))  // 5 5
// .min / .max: the first / last element in .sort() order, so with mixed
// types the min of the first type group and the max of the last one.
$col:=New collection(200; 150; 55)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Alabama"; "salary"; 10500))
ALERT(JSON Stringify($col.max()))  // {"name":"Alabama","salary":10500}: objects keep their order, the last one
ALERT(String($col.max("salary")))  // 50000
ALERT($col.max("name"))  // Wesson
ALERT(String($col.min()))  // 55
ALERT(String($col.min("salary")))  // 10000
ALERT($col.min("name"))  // Alabama
ALERT(String(New collection("b"; 3; "a"; 1).min())+" "+String(New collection("b"; 3; "a"; 1).max()))  // a 3
ALERT(String(Value type(New collection.min()))+" "+String(Value type(New collection.max())))  // 5 5
// .count: non-null elements, or elements having the path.
$col:=New collection(20; 30; Null; 40)
$col.push(New object("name"; "Smith"; "salary"; 10000))
$col.push(New object("name"; "Wesson"; "salary"; 50000))
$col.push(New object("name"; "Gross"; "salary"; 10500))
$col.push(New object("lastName"; "Henry"; "salary"; 12000))
ALERT(String($col.count()))  // 7
ALERT(String($col.count("name")))  // 3
// .distinct: sorted, nulls dropped, texts without case/accents unless
// ck diacritical; objects are distinct by reference.
$c:=New collection
$c.push("a"; "b"; "c"; "A"; "B"; "c"; "b"; "b")
$c.push(New object("size"; 1))
$c.push(New object("size"; 3))
$c.push(New object("size"; 1))
ALERT(JSON Stringify($c.distinct()))  // ["a","b","c",{"size":1},{"size":3},{"size":1}]
ALERT(JSON Stringify($c.distinct(ck diacritical)))  // ["a","A","b","B","c",{"size":1},{"size":3},{"size":1}]
ALERT(JSON Stringify($c.distinct("size")))  // [1,3]
ALERT(JSON Stringify($c.distinct("size"; ck count values)))  // [{"value":1,"count":2},{"value":3,"count":1}]
ALERT(JSON Stringify(New collection(3; Null; 1; 3; "x"; "X").distinct()))  // ["x",1,3]
ALERT(JSON Stringify(New collection("é"; "B"; "e"; "b").distinct(ck diacritical)))  // ["b","B","e","é"]: ICU order, lower case first
// .extract: values at a path; missing or null skipped unless ck keep null.
$c:=New collection
$c.push(New object("name"; "Cleveland"))
$c.push(New object("zip"; 5321))
$c.push(New object("name"; "Blountsville"))
$c.push(42)
ALERT(JSON Stringify($c.extract("name")))  // ["Cleveland","Blountsville"]
ALERT(JSON Stringify($c.extract("name"; ck keep null)))  // ["Cleveland",null,"Blountsville",null]
// With target paths, each element becomes an object; nulls are kept.
$c:=New collection
$c.push(New object("zc"; 35060))
$c.push(New object("name"; Null; "zc"; 35049))
$c.push(New object("name"; "Cleveland"; "zc"; 35049))
$c.push(New object("name"; "Blountsville"; "zc"; 35031))
ALERT(JSON Stringify($c.extract("name"; "City")))  // [{"City":null},{"City":"Cleveland"},{"City":"Blountsville"}]: the element without "name" gives no object (docs example)
ALERT(JSON Stringify($c.extract("name"; "City"; "zc"; "Zip")))  // [{"Zip":35060},{"City":null,"Zip":35049},{"City":"Cleveland","Zip":35049},{"City":"Blountsville","Zip":35031}]
// Property paths reach into sub-objects.
$c:=New collection(New object("a"; New object("b"; 1)); New object("a"; New object("b"; 2)))
ALERT(JSON Stringify($c.extract("a.b"))+" "+String($c.sum("a.b")))  // [1,2] 3
