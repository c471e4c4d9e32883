// Arrays (docs/language.md §15; 4d/docs versioned_docs/version-20-R10/Concepts/arrays.md).
ARRAY TEXT($t; 3)
$t{1}:="one"
$t{2}:="two"
ALERT(String(Size of array($t))+" ["+$t{3}+"] ["+$t{0}+"]")  // 3 [] []: new elements get the type's default
$t{0}:="element zero"
ALERT($t{0}+" "+String(Size of array($t)))  // element zero 3: element 0 exists and is not counted
ARRAY LONGINT($l; 2)
$l{1}:=3.6
ALERT(String($l{1})+" "+String($l{2}))  // 4 0: Integer elements round
ARRAY REAL($r; 1)
$r{1}:=1.5
ARRAY BOOLEAN($b; 1)
ARRAY DATE($d; 1)
ARRAY OBJECT($o; 1)
$o{1}:=New object("k"; 1)
ALERT(String($r{1})+" "+String($b{1})+" "+String($d{1})+" "+String($o{1}.k))  // 1.5 False 00/00/00 1
ALERT(String(Type($t))+" "+String(Type($l))+" "+String(Type($r))+" "+String(Type($b))+" "+String(Type($o)))  // 18 16 14 22 39
// Resizing keeps the elements that fit.
ARRAY TEXT($t; 5)
ALERT(String(Size of array($t))+" "+$t{2})  // 5 two
ARRAY TEXT($t; 1)
ALERT(String(Size of array($t))+" "+$t{1})  // 1 one
// APPEND TO ARRAY, INSERT IN ARRAY, DELETE FROM ARRAY.
ARRAY TEXT($a; 0)
APPEND TO ARRAY($a; "b")
APPEND TO ARRAY($a; "d")
INSERT IN ARRAY($a; 1)
$a{1}:="a"
INSERT IN ARRAY($a; 3; 1)
$a{3}:="c"
ALERT($a{1}+$a{2}+$a{3}+$a{4}+" "+String(Size of array($a)))  // abcd 4
INSERT IN ARRAY($a; 10; 2)
ALERT(String(Size of array($a))+" ["+$a{6}+"]")  // 6 []: beyond the end appends
DELETE FROM ARRAY($a; 5; 2)
DELETE FROM ARRAY($a; 1)
ALERT($a{1}+$a{2}+$a{3}+" "+String(Size of array($a)))  // bcd 3
// Find in array: the first index, or -1; texts use the = rules, @ included.
ARRAY TEXT($names; 0)
APPEND TO ARRAY($names; "Albert")
APPEND TO ARRAY($names; "bob")
APPEND TO ARRAY($names; "Alice")
ALERT(String(Find in array($names; "BOB"))+" "+String(Find in array($names; "al@"))+" "+String(Find in array($names; "al@"; 2))+" "+String(Find in array($names; "zed")))  // 2 1 3 -1
ARRAY LONGINT($nums; 0)
APPEND TO ARRAY($nums; 5)
APPEND TO ARRAY($nums; 7)
ALERT(String(Find in array($nums; 7)))  // 2
// SORT ARRAY: > ascending (default), < descending; the first array orders the others.
ARRAY TEXT($city; 3)
ARRAY LONGINT($pop; 3)
$city{1}:="Paris"
$city{2}:="amsterdam"
$city{3}:="Berlin"
$pop{1}:=2
$pop{2}:=1
$pop{3}:=3
SORT ARRAY($city; $pop; >)
ALERT($city{1}+","+$city{2}+","+$city{3}+" "+String($pop{1})+String($pop{2})+String($pop{3}))  // amsterdam,Berlin,Paris 132
SORT ARRAY($pop; $city; <)
ALERT($city{1}+","+$city{2}+","+$city{3}+" "+String($pop{1})+String($pop{2})+String($pop{3}))  // Berlin,Paris,amsterdam 321
SORT ARRAY($pop)
ALERT(String($pop{1})+String($pop{2})+String($pop{3}))  // 123
// Arrays through pointers.
$p:=->$city
ALERT(String(arr_size(->$city))+" "+$p->{1}+" "+String(Size of array($p->)))  // 3 Berlin 3
$p->{2}:="Rome"
ALERT($city{2})  // Rome
// Arrays to and from collections.
ARRAY TEXT($fromCol; 0)
COLLECTION TO ARRAY(New collection("x"; "y"); $fromCol)
$col:=New collection
ARRAY TO COLLECTION($col; $fromCol)
ALERT(String(Size of array($fromCol))+" "+JSON Stringify($col))  // 2 ["x","y"]
// Reading or writing beyond Size of array is -30005.
ALERT(String(Try($fromCol{3}))+" "+String(Last errors[0].errCode))  // -30005
ALERT(String(Try($fromCol{-1}))+" "+String(Last errors[0].errCode))  // -30005
Try
	$fromCol{5}:="z"
Catch
	ALERT(String(Last errors[0].errCode)+" "+String(Size of array($fromCol)))  // -30005 2
End try
// An element of the wrong type is -30004.
Try
	$fromCol{1}:=5
Catch
	ALERT(String(Last errors[0].errCode)+" "+$fromCol{1})  // -30004 x
End try
