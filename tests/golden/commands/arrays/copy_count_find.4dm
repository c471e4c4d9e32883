// COPY ARRAY, Count in array, Find in sorted array
// (4d/docs docs/commands-legacy/copy-array.md, count-in-array.md, find-in-sorted-array.md).
// COPY ARRAY: the destination gets the source's contents, size and type.
ARRAY TEXT(C; 3)
C{1}:="Acme"
C{2}:="Globex"
C{3}:="Initech"
COPY ARRAY(C; D)
ALERT(String(Size of array(D))+" "+D{2}+" "+String(Type(D)))  // 3 Globex 18
D{1}:="changed"
ALERT(C{1})  // Acme: a copy
// Numeric arrays of different types: the destination keeps its type.
ARRAY REAL($reals; 2)
$reals{1}:=1.6
ARRAY LONGINT($longs; 0)
COPY ARRAY($reals; $longs)
ALERT(String(Type($longs))+" "+String($longs{1}))  // 16 2
// Object arrays: only the references are copied.
ARRAY OBJECT($objs; 1)
$objs{1}:=New object("v"; 1)
COPY ARRAY($objs; $objs2)
$objs2{1}.v:=2
ALERT(String($objs{1}.v))  // 2
// Count in array, Example 2: object references are counted.
ARRAY OBJECT($objects; 100)
$o1:=New object("a"; 10; "b"; "xyz")
$o2:=New object("a"; 10; "b"; "xyz")
$objects{20}:=$o1
$objects{21}:=$o1
$objects{22}:=$o1
var $n : Integer
$n:=Count in array($objects; $o1)
ALERT(String($n))  // 3
$n:=Count in array($objects; $o2)
ALERT(String($n))  // 0
ARRAY BOOLEAN(tBList; 4)
tBList{2}:=True
tBList{4}:=True
ALERT(String(Count in array(tBList; True))+" line(s) selected in the list box")  // Example 1: 2
// Find in sorted array, Example 1: insert a value, keeping the array sorted.
ARRAY LONGINT($array; 0)
APPEND TO ARRAY($array; 10)
APPEND TO ARRAY($array; 20)
APPEND TO ARRAY($array; 30)
var $pos : Integer
$value:=25
If (Find in sorted array($array; $value; >; $pos))
	ALERT("Found at pos "+String($pos))
Else
	INSERT IN ARRAY($array; $pos)
	$array{$pos}:=$value
End if
ALERT(JSON Stringify array($array))  // [10,20,25,30]
If (Find in sorted array($array; 20; >; $pos))
	ALERT("Found at pos "+String($pos))  // Found at pos 2
End if
$found:=Find in sorted array($array; 99; >; $pos)
ALERT(String($found)+" "+String($pos))  // False 5: where 99 would go
// Example 2: the elements starting with "test".
ARRAY TEXT($words; 0)
APPEND TO ARRAY($words; "alpha")
APPEND TO ARRAY($words; "test")
APPEND TO ARRAY($words; "test2")
APPEND TO ARRAY($words; "testing")
APPEND TO ARRAY($words; "zeta")
var $posFirst; $posLast : Integer
var $output : Text
If (Find in sorted array($words; "test@"; >; $posFirst; $posLast))
	$output:="Found "+String($posLast-$posFirst+1)+" results :\n"
End if
For ($i; $posFirst; $posLast)
	$output:=$output+$words{$i}+"\n"
End for
ALERT($output)
// Descending order, and a wildcard inside the text: searched one by one.
ARRAY LONGINT($down; 0)
APPEND TO ARRAY($down; 9)
APPEND TO ARRAY($down; 5)
APPEND TO ARRAY($down; 5)
APPEND TO ARRAY($down; 1)
$found:=Find in sorted array($down; 5; <; $posFirst; $posLast)
ALERT(String($found)+" "+String($posFirst)+" "+String($posLast))  // True 2 3
$found:=Find in sorted array($words; "t@g"; >; $posFirst; $posLast)
ALERT(String($found)+" "+String($posFirst)+" "+String($posLast))  // True 4 4
$found:=Find in sorted array($words; "q@z"; >; $posFirst; $posLast)
ALERT(String($found)+" "+String($posFirst)+" "+String($posLast))  // False -1 -1
