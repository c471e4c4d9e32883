// docs/language.md §4: the worked examples, strictly left to right.
ALERT(String(3+4*5)+" "+String(3+(4*5))+" "+String(10-2-3)+" "+String(10/4*2))  // 35 23 5 5
ALERT(String(2*3^2)+" "+String(2^3^2)+" "+String(-2^2)+" "+String(1+2=3))  // 36 64 4 True
ALERT("ab"+"c"*2)  // abcabc
ALERT(String((5>3) & (2>1)))  // True
ALERT("["+("a" || "b" && "")+"]")  // []
$w:=5
$h:=3
ALERT(String($w>0 && $h>0))  // True: (($w>0) && $h)>0 is 3>0
ALERT(1+1 ? "y" : "n")  // y: 2 is truthy
ALERT(String(?01:00:00?+60*2))  // 7320
// The rows that are errors (-30003), caught with Try.
ALERT(String(Try(3=1+2))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30003 Operator '+' cannot be applied to Boolean and Number
ALERT(String(Try(5>3 & 2>1))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30003 Operator '&' cannot be applied to Boolean and Number
$w:=0
ALERT(String(Try($w>0 && $h>0))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30003 Operator '>' cannot be applied to Boolean and Number
// && and || skip their right operand even inside a longer chain.
ALERT(String(False && Null.x && True))  // False: Null.x is never read
// The ternary nests to the right.
ALERT(False ? "a" : False ? "b" : "c")  // c
// The left side of a compound assignment is evaluated once.
$c:=New collection(0; 0)
gIndexCalls:=0
$c[Next_index]+=5
ALERT(JSON Stringify($c)+" "+String(gIndexCalls))  // [5,0] 1
