// docs/language.md §5: operators by operand type, row by row.
ALERT(String(5/2)+" "+String(1/0)+" "+String(-1/0))  // 2.5 INF -INF
ALERT(String(5\2)+" "+String(-7\2)+" "+String(10%3)+" "+String(10.5%2)+" "+String(-7%2)+" "+String(2^3))  // 2 -4 1 0 -1 8
ALERT(String(Try(1%0))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30013 Division by zero
ALERT(String(1\0)+" "+String(-1\0))  // INF -INF: a\b is Int(a/b), no error
ALERT(String(6 & 3)+" "+String(6 | 3)+" "+String(6 ^| 3)+" "+String(1 << 3)+" "+String(8 >> 3)+" "+String(1 << 40))  // 2 7 5 8 1 0
ALERT(String(0 ?+ 3)+" "+String(15 ?- 0)+" "+String(8 ?? 3)+" "+String(5 ?+ 40)+" "+String(8 ?? 40))  // 8 14 True 5 False: bit numbers outside 0–31
ALERT("ab"+"cd"+" "+("ab"*3)+" ["+("ab"*-1)+"]")  // abcd ababab []
ALERT(String("Alpha Bravo" % "Bravo"))  // True
ALERT(String(!2017-01-20!-!2017-01-01!)+" "+String(!2017-01-20!+9)+" "+String(!2017-01-20!-9))  // 19 01/29/2017 01/11/2017
ALERT(String(?02:03:04?+?01:02:03?)+" "+String(?02:03:04?-?01:02:03?))  // 03:05:07 01:01:01
ALERT(String(?00:00:06?*?00:00:02?)+" "+String(?00:00:06?/?00:00:02?)+" "+String(?20:10:00?%?04:20:00?))  // 00:00:12 00:00:03 02:50:00
ALERT(String(?02:03:04?+65)+" "+String(?02:03:04?/2)+" "+String(65+?02:03:04?)+" "+String(7449-?02:03:04?))  // 7449 3692 7449 65: a Time with a Number reads as seconds
ALERT(String(True & False)+" "+String(True | False)+" "+String(True=True)+" "+String(True#True))  // False True True False
ALERT(String(Try(True<False))+" "+String(Last errors[0].errCode))  // -30003
$o:=New object
$o2:=$o
ALERT(String($o=$o2)+" "+String($o=New object)+" "+String(New collection("a"; 42)=New collection("a"; 42)))  // True False False
ALERT(String(->$o=->$o)+" "+String(->$o=->$o2))  // True False: pointers are equal when they point to the same variable
ALERT(String(Null=Null)+" "+String(Null=42)+" "+String($o.u<5)+" "+String($o.u>"a"))  // True False False False
ALERT(String(Try(Null<5))+" "+String(Last errors[0].errCode))  // -30003
ALERT(String(Try($o.u<True))+" "+String(Last errors[0].errCode))  // -30003: undefined with another kind
// No implicit conversion: the docs' "abc"+0.5+!12/25/96!-?00:30:45? is an error.
ALERT(String(Try("abc"+0.5+!12/25/96!-?00:30:45?))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30003 Operator '+' cannot be applied to Text and Number
ALERT(String(Try(!2020-01-01!+?01:00:00?))+" "+String(Last errors[0].errCode))  // -30003: Date and Time
ALERT(String(Try(True+1))+" "+String(Try("1"+1))+" "+String(Last errors[0].errCode))  // -30003
// Compound assignment follows the same table.
$t:="ab"
$t*=2
$d:=!2020-01-01!
$d+=31
$h:=?01:00:00?
$h+=1
ALERT($t+" "+String($d)+" "+String($h)+" "+String(Value type($h)))  // abab 02/01/2020 3601 1
