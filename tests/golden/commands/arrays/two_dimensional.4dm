// Two-dimensional arrays (4d/docs docs/Concepts/arrays.md, "Two-dimensional Arrays").
ARRAY TEXT(atTopics; 100; 50)  // a text array of 100 rows of 50 columns
atTopics{8}{5}:="fifth of the eighth"
ALERT(String(Size of array(atTopics)))  // 100: the number of rows
ALERT(String(Size of array(atTopics{17})))  // 50: the columns of row 17
ALERT(atTopics{8}{5}+" ["+atTopics{8}{4}+"]")  // fifth of the eighth []
ALERT(String(Type(atTopics))+" "+String(Type(atTopics{20}))+" "+String(Type(atTopics) = Array 2D))  // 13 18 True: a row is a text array
// Rows of a two-dimensional array can be different sizes: the page's
// pointer example, with variables in place of fields.
var $a; $b; $c : Text
ARRAY POINTER(<>apFields; 2; 0)  // 2 rows and zero columns
INSERT IN ARRAY(<>apFields{1}; 1; 1)
<>apFields{1}{1}:=->$a
INSERT IN ARRAY(<>apFields{2}; 1; 2)
<>apFields{2}{1}:=->$b
<>apFields{2}{2}:=->$c
ALERT(String(Size of array(<>apFields{1}))+" "+String(Size of array(<>apFields{2})))  // 1 2
COPY ARRAY(<>apFields{2}; $apTheFieldsIamWorkingOn)
For ($vlElem; 1; Size of array($apTheFieldsIamWorkingOn))
	$apTheFieldsIamWorkingOn{$vlElem}->:="set through row 2, element "+String($vlElem)
End for
ALERT($b+" / "+$c+" / ["+$a+"]")
// Resizing keeps what fits; a row is an array of its own.
ARRAY LONGINT($grid; 2; 3)
$grid{2}{3}:=23
ARRAY LONGINT($grid; 3; 4)
ALERT(String($grid{2}{3})+" "+String(Size of array($grid))+" "+String(Size of array($grid{3})))  // 23 3 4
SORT ARRAY($grid{2}; <)
ALERT(String($grid{2}{1}))  // 23
COPY ARRAY($grid; $copy)
$copy{2}{1}:=99
ALERT(String($grid{2}{1})+" "+String($copy{2}{1})+" "+String(Type($copy)))  // 23 99 13: COPY ARRAY copies the rows
// Declaring it again with one size makes it one-dimensional.
ARRAY LONGINT($grid; 2)
ALERT(String(Type($grid))+" "+String(Size of array($grid)))  // 16 2
