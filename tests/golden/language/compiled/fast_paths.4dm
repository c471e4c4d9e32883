// The compiled form's fast paths (src/eval/closure.rs) and the cases where
// they hand the node to the tree walker: both forms must print this (the
// golden tests run with and without --tree-walk).
var $t; $u : Text
var $i; $n; $x : Integer
var $c : Collection
var $o : Object
// $t[[$i]] compared in place with a constant (comparison.md: case- and
// diacritic-insensitive; "@" is a wildcard only on the right).
$t:="a@été"
$i:=1
ALERT(String($t[[$i]]="A"))  // True
ALERT(String($t[[2]]="x"))  // False: the "@" in the text is a character like another
ALERT(String($t[[$i+2]]="e"))  // True
ALERT(String($t[[$i+2]]#"e"))  // False
ALERT($t[[$i+3]])  // t
ALERT("["+$t[[$i+10]]+"]")  // []: fourd reads an index past the end as an empty text
// Not a text, or not a number: the tree walker raises the error.
$n:=5
$r:=Try($n[[1]]="a")
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30004 [[…]] needs a text, not a Number
$u:="1"
$r:=Try($t[[$u]]="a")
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30004 A character index must be a number, not a Text
// $c[$i] read and written in place.
$c:=New collection(10; 20; 30)
$i:=1
ALERT(String($c[$i])+" "+String($c[$i+1]))  // 20 30
$r:=Try($c[$i+5])
ALERT(String(Last errors[0].errCode))  // -30005: past the end
$c[$i+4]:=50
ALERT(JSON Stringify($c))  // [10,20,30,null,null,50]: the collection grows, with null (dt_collection.md)
$c[$i]:=Null
ALERT(JSON Stringify($c))  // [10,null,30,null,null,50]
$o:=New object("k"; 1)
$u:="k"
ALERT(String($o[$u])+" "+String($o.k)+" "+String(Value type($o.missing)))  // 1 1 5
$r:=Try($n.k)
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30004 A Number has no property 'k'
// A shared collection changes only inside Use, also through a parameter.
$s:=New shared collection(1; 2)
$i:=0
$r:=Try(assign_item($s; $i))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30011 Shared object modified outside Use
// For each ... Until, compiled: the guard is tested after each pass.
ALERT(String(count_until(New collection(1; 2; 3; 4; 5); 3)))  // 6
// An error handled by ON ERR CALL: the block goes on with the next statement.
ON ERR CALL("report")
$i:=0
$x:=$c[$i]+$undeclared  // handled -30002
ALERT("after the error: "+String($x))  // after the error: 0
ON ERR CALL("")
