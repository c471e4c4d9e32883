// Recursion and the call depth limit (docs/language.md §13).
ALERT(String(factorial(10))+" "+String(factorial(20)))  // 3628800 2.432902008177e+18: 13 significant digits, exponent form from 10^15
ALERT(String(factorial(1500)))  // INF: 1500 nested calls are fine
// Beyond 2,000 nested calls: -30010, caught like any error, no crash.
$r:=Try(forever(1))
ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30010 Too many nested calls (more than 2000)
ALERT("still running")  // still running
