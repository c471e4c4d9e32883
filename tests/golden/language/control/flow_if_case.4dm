// If, Case of, While, Repeat (docs/language.md §12; 4d/docs docs/Concepts/
// cf_branching.md, cf_looping.md).
$a:=1
$b:=2
If ($a=1) & ($b=2)
	ALERT("both")  // both: the condition is an expression, not one parenthesized group
End if
If ($a=2)
	ALERT("never")
Else
	ALERT("else branch")  // else branch
End if
If (False)
End if
// Case of: only the first true branch runs; the parentheses may be omitted.
$t:="car"
Case of
	: ($t="bike")
		ALERT("bike")
	: $t="car"
		ALERT("car")  // car
	: ($t="c@")
		ALERT("never: only the first true branch runs")
	Else
		ALERT("never")
End case
Case of
	: ($a>1) && ($b<5)
		ALERT("never")
	: ($a=1) && ($b<5)
		ALERT("short-circuit case")  // short-circuit case
End case
Case of
	Else
		ALERT("only else")  // only else
End case
Case of
	: (False)
End case
// While tests before each pass; Repeat runs at least once.
$i:=10
While ($i<10)
	ALERT("never")
End while
Repeat
	$i:=$i+1
Until ($i>5)
ALERT(String($i))  // 11: one pass
$i:=1
While ($i<=100)
	$i:=$i+1
End while
ALERT(String($i))  // 101
$i:=1
Repeat
	$i:=$i+1
Until ($i=100)
ALERT(String($i))  // 100
// Keywords are case-insensitive and may carry trailing blanks.
if ($a=1)
	ALERT("lower-case if")  // lower-case if
end IF 
// A non-Boolean condition is error -30009.
Try
	If (1)
		ALERT("never")
	End if
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30009 A Boolean was expected
End try
Try
	While ("yes")
	End while
Catch
	ALERT(String(Last errors[0].errCode))  // -30009
End try
Try
	Repeat
	Until (0)
Catch
	ALERT(String(Last errors[0].errCode))  // -30009
End try
Try
	Case of
		: (New object)
	End case
Catch
	ALERT(String(Last errors[0].errCode))  // -30009
End try
