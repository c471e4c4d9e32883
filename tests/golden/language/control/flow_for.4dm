// For loops (docs/language.md §12; 4d/docs docs/Concepts/cf_looping.md).
$s:=""
For ($i; 1; 5)
	$s:=$s+String($i)
End for
ALERT($s+" after: "+String($i))  // 12345 after: 6: the first value that failed the test
$s:=""
For ($i; 5; 1; -1)
	$s:=$s+String($i)
End for
ALERT($s+" after: "+String($i))  // 54321 after: 0
$s:=""
For ($i; 2; 9; 2)
	$s:=$s+String($i)
End for
ALERT($s)  // 2468
$n:=0
For ($i; 3; 3)
	$n:=$n+1
End for
ALERT(String($n))  // 1: start = end runs once
$n:=0
For ($i; 5; 1)
	$n:=$n+1
End for
ALERT(String($n)+" "+String($i))  // 0 5: start > end with a positive step never runs
// start, end and step are evaluated once; the counter may be changed.
$end:=3
$n:=0
For ($i; 1; $end)
	$end:=10
	$n:=$n+1
End for
ALERT(String($n))  // 3
$s:=""
For ($i; 1; 10)
	$s:=$s+String($i)
	$i:=$i+2
End for
ALERT($s)  // 14710
// Step 0 runs in the positive direction: the counter never moves.
$n:=0
For ($i; 1; 3; 0)
	$n:=$n+1
	If ($n=4)
		break
	End if
End for
ALERT(String($n)+" "+String($i))  // 4 1: after break the counter keeps its value
// break and continue.
$s:=""
For ($i; 0; 9)
	If ($i=3)
		continue
	End if
	$s:=$s+String($i)
End for
ALERT($s)  // 012456789
$s:=""
For ($i; 1; 10)
	If ($i>4)
		break
	End if
	$s:=$s+String($i)
End for
ALERT($s+" "+String($i))  // 1234 5
$i:=0
$s:=""
While ($i<6)
	$i:=$i+1
	If ($i%2=0)
		continue
	End if
	$s:=$s+String($i)
End while
ALERT($s)  // 135
$i:=0
Repeat
	$i:=$i+1
	If ($i=3)
		break
	End if
Until ($i=10)
ALERT(String($i))  // 3
// Nested loops: break leaves the innermost one only.
$s:=""
For ($i; 1; 3)
	For ($j; 1; 3)
		If ($j=2)
			break
		End if
		$s:=$s+String($i)+String($j)+" "
	End for
End for
ALERT($s)  // 11 21 31 
// Counters: Integer variables, process variables, a typeless one becomes Real.
C_LONGINT($vlCounter)
$n:=0
For ($vlCounter; 1; 10000)
	$n:=$n+1
End for
ALERT(String($n)+" "+String(Type($vlCounter)))  // 10000 9
For (vCounter; 100; 1; -1)
End for
ALERT(String(vCounter))  // 0
For ($r; 0.5; 2; 0.5)
End for
ALERT(String($r))  // 2.5
// The characters of a text, from the end.
$text:="abc"
$s:=""
For ($vlChar; Length($text); 1; -1)
	$s:=$s+$text[[$vlChar]]
End for
ALERT($s)  // cba
