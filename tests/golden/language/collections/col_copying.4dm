// Collection functions that return a new collection or a value and leave the
// original alone (4d/docs docs/API/CollectionClass.md, docs/language.md §14.4).
var $c; $c2; $fruits : Collection
// .concat: collection arguments are spread, other values appended.
$c:=New collection(1; 2; 3; 4; 5)
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$fruits.push(New object("Intruder"; "Tomato"))
ALERT(JSON Stringify($c.concat($fruits)))  // [1,2,3,4,5,"Orange","Banana","Apple","Grape",{"Intruder":"Tomato"}]
ALERT(JSON Stringify($c.concat(6; 7; 8)))  // [1,2,3,4,5,6,7,8]
ALERT(JSON Stringify($c))  // [1,2,3,4,5]: unchanged
// .copy: a deep copy.
$c:=New collection(New object("a"; 1); New collection(2))
$c2:=$c.copy()
$c2[0].a:=99
$c2[1].push(3)
ALERT(JSON Stringify($c)+" "+JSON Stringify($c2))  // [{"a":1},[2]] [{"a":99},[2,3]]
// .slice: end excluded, negative bounds from the end, shallow.
$c:=New collection(1; 2; 3; 4; 5)
ALERT(JSON Stringify($c.slice(0; 3)))  // [1,2,3]
ALERT(JSON Stringify($c.slice(3)))  // [4,5]
ALERT(JSON Stringify($c.slice(1; -1)))  // [2,3,4]
ALERT(JSON Stringify($c.slice(-3; -2)))  // [3]
ALERT(JSON Stringify($c.slice(3; 1)))  // []: end < start
$o:=New object("k"; 1)
$c:=New collection($o)
$c.slice(0)[0].k:=2
ALERT(String($o.k))  // 2: slice is shallow, the element is the same object
// .reverse: a deep copy in reverse order.
$c:=New collection(1; 3; 5; 2; 4; 6)
ALERT(JSON Stringify($c.reverse())+" "+JSON Stringify($c))  // [6,4,2,5,3,1] [1,3,5,2,4,6]
$c:=New collection($o)
$c.reverse()[0].k:=3
ALERT(String($o.k))  // 2: reverse copies deeply
// .flat
ALERT(JSON Stringify(New collection(1; 2; New collection(3; 4)).flat()))  // [1,2,3,4]
$col:=New collection(1; 2; New collection(3; 4; New collection(5; 6)))
ALERT(JSON Stringify($col.flat()))  // [1,2,3,4,[5,6]]
ALERT(JSON Stringify($col.flat(2)))  // [1,2,3,4,5,6]
$col:=New collection(1; 2; New collection(3; 4; 5; 6; New collection(7; 8; New collection(9; 10))))
ALERT(JSON Stringify($col.flat(MAXLONG)))  // [1,2,3,4,5,6,7,8,9,10]
// .indexOf / .includes: "=" rules, so texts ignore case and "@" is a wildcard.
$col:=New collection(1; 2; "Henry"; 5; 3; "Albert"; 6; 4; "Alan"; 5)
ALERT(String($col.indexOf(3)))  // 4
ALERT(String($col.indexOf(5; 5)))  // 9
ALERT(String($col.indexOf("al@")))  // 5
ALERT(String($col.indexOf("Hello")))  // -1
ALERT(String($col.indexOf(5; 100)))  // -1: start ≥ length
ALERT(String($col.indexOf(5; -2)))  // 9: -2+10 = 8, searched to the right
ALERT(String($col.indexOf("HENRY")))  // 2: case-insensitive
$obj:=New object("value"; 10)
$col.push($obj)
ALERT(String($col.includes(3)))  // True
ALERT(String($col.includes(5; 6)))  // True
ALERT(String($col.includes("al@")))  // True
ALERT(String($col.includes("Hello")))  // False
ALERT(String($col.includes($obj)))  // True: the same object
ALERT(String($col.includes(New object("value"; 10))))  // False: another object
ALERT(String(New collection(1; Null; 2).indexOf(Null)))  // 1: Null can be searched
// .lastIndexOf: searches right to left from start.
$col:=Split string("a,b,c,d,e,f,g,h,i,j,e,k,e"; ",")
ALERT(String($col.lastIndexOf("e")))  // 12
ALERT(String($col.lastIndexOf("e"; 6)))  // 4
ALERT(String($col.lastIndexOf("e"; 15)))  // 12: start beyond the end searches everything
ALERT(String($col.lastIndexOf("e"; -2)))  // 10: -2+13 = 11
ALERT(String($col.lastIndexOf("x")))  // -1
ALERT(String($col.lastIndexOf("a"; 0)))  // -1: start 0 searches nothing (the docs)
ALERT(String($col.lastIndexOf("a"; -20)))  // -1: a negative result searches nothing
// .countValues
ALERT(String(New collection(1; 2; 5; 5; 5; 3; 6; 4).countValues(5)))  // 3
$c:=New collection
$c.push(New object("name"; "Smith"; "age"; 5))
$c.push(New object("name"; "Wesson"; "age"; 2))
$c.push(New object("name"; "Jones"; "age"; 3))
$c.push(New object("name"; "Henry"; "age"; 4))
$c.push(New object("name"; "Gross"; "age"; 5))
ALERT(String($c.countValues(5; "age")))  // 2
$letters:=New collection("a"; "b"; "c")
ALERT(String(New collection(1; 2; $letters; 3; 4; 5).countValues($letters)))  // 1
// .at, .first, .last
$col:=New collection(10; 20; 30; 40; 50)
ALERT(String($col.at(0))+" "+String($col.at(1))+" "+String($col.at(-1))+" "+String($col.at(-2)))  // 10 20 50 40
ALERT(String(Value type($col.at(10))))  // 5: out of range is undefined
$col:=New collection(10; 20; 30; "hello"; 50)
ALERT(String($col.first())+" "+String($col.last()))  // 10 50
ALERT(String(Value type(New collection.first()))+" "+String(Value type(New collection.last())))  // 5 5
// .length is the number of elements; writing beyond it grows the collection.
$coll:=New collection("a"; "b"; "c")
$coll[9]:="z"
ALERT(String($coll.length)+" "+JSON Stringify($coll))  // 10 ["a","b","c",null,null,null,null,null,null,"z"]
// .join: null as "null"; ck ignore null or empty drops nulls and "".
$c:=New collection(1; 2; 3; "Paris"; Null; ""; 4; 5)
ALERT($c.join("|"))  // 1|2|3|Paris|null||4|5
ALERT($c.join("|"; ck ignore null or empty))  // 1|2|3|Paris|4|5
ALERT(New collection(1.5; True; !2023-11-27!; New object("a"; 1); New collection(2)).join(" "))  // 1.5 True 11/27/2023 {"a":1} [2]
// .equal: deep; texts compared without case unless ck diacritical.
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3; 4)
ALERT(String($c.equal($c2)))  // False
$c:=New collection(New object("1"; "a"; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
ALERT(String($c.equal($c2)))  // False
$c:=New collection(New object("a"; 1; "b"; "orange"); 2; 3)
$c2:=New collection(New object("a"; 1; "b"; "ORange"); 2; 3)
ALERT(String($c.equal($c2)))  // True
ALERT(String($c.equal($c2; ck diacritical)))  // False
// Collections compare by reference with "=".
ALERT(String(New collection("a"; 42)=New collection("a"; 42)))  // False
$c:=New collection(1)
$c2:=$c
ALERT(String($c=$c2)+" "+String($c#$c2))  // True False
