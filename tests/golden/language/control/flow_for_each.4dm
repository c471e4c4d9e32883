// For each (docs/language.md §12.1; 4d/docs docs/Concepts/cf_looping.md).
// Statistics over a collection of numbers (the docs' example).
C_COLLECTION($nums)
$nums:=New collection(10; 5001; 6665; 33; 1; 42; 7850)
C_LONGINT($item; $vEven; $vOdd; $vUnder; $vOver)
For each ($item; $nums)
	If ($item%2=0)
		$vEven:=$vEven+1
	Else
		$vOdd:=$vOdd+1
	End if
	Case of
		: ($item<5000)
			$vUnder:=$vUnder+1
		: ($item>6000)
			$vOver:=$vOver+1
	End case
End for each
ALERT(String($vEven)+" "+String($vOdd)+" "+String($vUnder)+" "+String($vOver))  // 3 4 4 2
// Object elements arrive by reference: changing them changes the collection.
$people:=New collection(New object("n"; 1); New object("n"; 2))
For each ($p; $people)
	$p.n:=$p.n*10
End for each
ALERT(JSON Stringify($people))  // [{"n":10},{"n":20}]
// Scalars are copies.
$c:=New collection(1; 2)
For each ($v; $c)
	$v:=$v*100
End for each
ALERT(JSON Stringify($c))  // [1,2]
// begin (included) and end (excluded), negative ones counted from the end.
C_COLLECTION($col; $col2)
$col:=New collection("a"; "b"; "c"; "d"; "e")
$col2:=New collection(1; 2; 3)
C_TEXT($t)
For each ($t; $col; 0; 3)
	$col2.push($t)
End for each
ALERT(JSON Stringify($col2))  // [1,2,3,"a","b","c"]
For each ($t; $col; -2; -1)
	$col2.push($t)
End for each
ALERT(JSON Stringify($col2))  // [1,2,3,"a","b","c","d"]
$s:=""
For each ($t; $col; 3)
	$s:=$s+$t
End for each
For each ($t; $col; -100; 100)
	$s:=$s+$t
End for each
ALERT($s)  // deabcde
// While (tested before each pass) and Until (after each pass).
$colNum:=New collection(1; 2; 3; 4; 5; 6; 7; 8; 9; 10)
$total:=0
For each ($num; $colNum) While ($total<30)
	$total:=$total+$num
End for each
ALERT(String($total))  // 36
$total:=1000
For each ($num; $colNum) Until ($total>30)
	$total:=$total+$num
End for each
ALERT(String($total))  // 1001
// Objects: property names in creation order; begin/end are ignored.
$vObject:=New object("firstname"; "gregory"; "lastname"; "badikora"; "age"; 20)
For each (property; $vObject)
	If (Value type($vObject[property])=Is text)
		$vObject[property]:=Uppercase($vObject[property])
	End if
End for each
ALERT(JSON Stringify($vObject))  // {"firstname":"GREGORY","lastname":"BADIKORA","age":20}
$s:=""
For each ($k; New object("z"; 1; "a"; 2); 1; 1)
	$s:=$s+$k
End for each
ALERT($s)  // za
// The number of passes is fixed at the start.
$grow:=New collection(1; 2)
$n:=0
For each ($v; $grow)
	$grow.push($v)
	$n:=$n+1
End for each
ALERT(String($n)+" "+String($grow.length))  // 2 4
$o:=New object("a"; 1; "b"; 2)
$s:=""
For each ($k; $o)
	$o.c:=3
	$s:=$s+$k
End for each
ALERT($s)  // ab: properties added during the loop are not visited
// An empty or Null source runs no pass; break and continue work.
var $none : Collection
For each ($v; $none)
	ALERT("never")
End for each
For each ($v; New collection)
	ALERT("never")
End for each
$s:=""
For each ($v; New collection(1; 2; 3; 4; 5))
	If ($v=2)
		continue
	End if
	If ($v=4)
		break
	End if
	$s:=$s+String($v)
End for each
ALERT($s)  // 13
// A typed item that gets another type is -30004 and the loop stops.
C_LONGINT($long)
$seen:=""
Try
	For each ($long; New collection(1; 2; "three"; 4))
		$seen:=$seen+String($long)
	End for each
Catch
	ALERT($seen+" "+String(Last errors[0].errCode))  // 12 -30004
End try
Try
	For each ($long; New collection(1; Null))
	End for each
Catch
	ALERT(String(Last errors[0].errCode))  // -30004: Null into an Integer
End try
