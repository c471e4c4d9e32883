// Collection functions that change the original (4d/docs docs/API/CollectionClass.md,
// docs/language.md §14.4). Each ALERT shows the collection as JSON.
var $c : Collection
// .push: appends in order and returns the collection, so calls chain.
$c:=New collection(1; 2)
$c.push(3)
$c.push(6; New object("firstname"; "John"; "lastname"; "Smith"))
ALERT(JSON Stringify($c))  // [1,2,3,6,{"firstname":"John","lastname":"Smith"}]
$c:=New collection(5; 3; 9)
$sorted:=$c.push(7; 50).sort()
ALERT(JSON Stringify($sorted))  // [3,5,7,9,50]: push returned $c itself, sorted in place
ALERT(String($sorted=$c))  // True: same collection
// .pop: removes and returns the last element; empty → undefined.
$stack:=New collection
$stack.push(1; 2)
ALERT(String($stack.pop())+" "+JSON Stringify($stack))  // 2 [1]
$stack.push(New collection(4; 5))
ALERT(JSON Stringify($stack.pop())+" "+JSON Stringify($stack))  // [4,5] [1]
ALERT(String($stack.pop())+" "+JSON Stringify($stack))  // 1 []
ALERT(String(Value type($stack.pop())))  // 5 (Is undefined): popping an empty collection
// .shift: removes and returns the first element; empty → undefined, no change.
$c:=New collection(1; 2; 4; 5; 6; 7; 8)
$val:=$c.shift()
ALERT(String($val)+" "+JSON Stringify($c))  // 1 [2,4,5,6,7,8]
ALERT(String(Value type(New collection.shift())))  // 5
// .unshift: inserts at the front, keeping the order of its arguments.
$c:=New collection(1; 2)
$c.unshift(4)
$c.unshift(5)
$c.unshift(6; 7)
ALERT(JSON Stringify($c))  // [6,7,5,4,1,2]
// .insert: negative index counts from the end; below 0 → 0; above length → length.
$c:=New collection("a"; "b"; "c"; "d")
$c.insert(2; "X")
ALERT(JSON Stringify($c))  // ["a","b","X","c","d"]
$c.insert(-2; "Y")
ALERT(JSON Stringify($c))  // ["a","b","X","Y","c","d"]
$c.insert(-10; "Hi")
ALERT(JSON Stringify($c))  // ["Hi","a","b","X","Y","c","d"]
$c.insert(100; "end")
ALERT(JSON Stringify($c))  // ["Hi","a","b","X","Y","c","d","end"]
$c.insert(0; New collection(1; 2))
ALERT(JSON Stringify($c))  // [[1,2],"Hi",...]: a collection is inserted as one element
// .remove: from index, howMany (default 1); negative index from the end.
$c:=New collection("a"; "b"; "c"; "d"; "e"; "f"; "g"; "h")
$c.remove(3)
ALERT(JSON Stringify($c))  // ["a","b","c","e","f","g","h"]
$c.remove(3; 2)
ALERT(JSON Stringify($c))  // ["a","b","c","g","h"]
$c.remove(-8; 1)
ALERT(JSON Stringify($c))  // ["b","c","g","h"]: -8+5 → 0
$c.remove(-3; 1)
ALERT(JSON Stringify($c))  // ["b","g","h"]
ALERT(JSON Stringify(New collection.remove(0)))  // []: removing from an empty collection does nothing
$col:=New collection("one"; "two"; "three")
$col[4]:="five"
ALERT(String($col.remove(0; 3).length))  // 2
// .clear
$c:=New collection(1; 2; 5)
$c.clear()
ALERT(String($c.length))  // 0
// .resize: truncates, or extends with null or the given value.
$c:=New collection
$c.resize(3)
ALERT(JSON Stringify($c))  // [null,null,null]
$c:=New collection
$c.resize(3; 0)
ALERT(JSON Stringify($c))  // [0,0,0]
$c:=New collection(1; 2; 3; 4; 5)
$c.resize(7; New object("name"; "X"))
ALERT(JSON Stringify($c))  // [1,2,3,4,5,{"name":"X"},{"name":"X"}]
$c.resize(2)
ALERT(JSON Stringify($c))  // [1,2]
// .fill: end excluded; negative bounds from the end; end < start does nothing.
$c:=New collection(1; 2; 3; "Lemon"; Null; ""; 4; 5)
$c.fill("2")
ALERT(JSON Stringify($c))  // ["2","2","2","2","2","2","2","2"]
$c.fill("Hello"; 5)
ALERT(JSON Stringify($c))  // ["2","2","2","2","2","Hello","Hello","Hello"]
$c.fill(0; 1; 5)
ALERT(JSON Stringify($c))  // ["2",0,0,0,0,"Hello","Hello","Hello"]
$c.fill("world"; 1; -5)
ALERT(JSON Stringify($c))  // ["2","world","world",0,0,"Hello","Hello","Hello"]: -5+8=3
$c.fill("none"; 5; 2)
ALERT(JSON Stringify($c))  // unchanged: end < start
// .combine: inserts the elements of col2 (not col2 itself), at index or at the end.
$c:=New collection(1; 2; 3; 4; 5; 6)
$fruits:=New collection("Orange"; "Banana"; "Apple"; "Grape")
$c.combine($fruits; 3)
ALERT(JSON Stringify($c))  // [1,2,3,"Orange","Banana","Apple","Grape",4,5,6]
$c:=New collection(1)
$c.combine(New collection(2; 3))
ALERT(JSON Stringify($c))  // [1,2,3]
$c.combine(New collection(0); -10)
ALERT(JSON Stringify($c))  // [0,1,2,3]
// .sort() with no callback: scalars ascending, grouped by type.
$col:=New collection("Tom"; 5; "Mary"; 3; "Henry"; 1; "Jane"; 4; "Artie"; 6; "Chip"; 2)
$col2:=$col.sort()
ALERT(JSON Stringify($col2))  // ["Artie","Chip","Henry","Jane","Mary","Tom",1,2,3,4,5,6]
ALERT(JSON Stringify($col))  // the same: sort changes the original
$col:=New collection(10; 20)
ALERT(JSON Stringify($col.push(5; 3; 1; 4; 6; 2).sort()))  // [1,2,3,4,5,6,10,20]
$col:=New collection(33; 4; 66; 1111; 222)
ALERT(JSON Stringify($col.sort()))  // [4,33,66,222,1111]: numerical
ALERT(JSON Stringify($col.sort(Formula(String($1.value)<String($1.value2)))))  // [1111,222,33,4,66]
// Type order: null, Booleans, texts, numbers, objects, collections, dates.
$c:=New collection(!2020-01-01!; New collection(1); 3; "b"; True; Null; New object("o"; 1); "A"; False; 1)
ALERT(JSON Stringify($c.sort()))  // [null,false,true,"A","b",1,3,{"o":1},[1],"2020-01-01"]
