// Date and time operators (docs/language.md §5, §9.4; 4d/docs versioned_docs/
// version-21/Concepts/dt_date.md, docs/Concepts/dt_time.md).
ALERT(String(!2017-01-20!-!2017-01-01!))  // 19: days
ALERT(String(!2017-01-20!+9)+" "+String(!2017-01-20!-9))  // 01/29/2017 01/11/2017
ALERT(String(!2017-01-20!+1.9))  // 01/21/2017: the fraction of a day is dropped
ALERT(String(!2017-01-01!=!2017-01-01!)+String(!2017-01-20!=!2017-01-01!)+String(!2017-01-20!#!2017-01-01!)+String(!2017-01-20!#!2017-01-20!))  // TrueFalseTrueFalse
ALERT(String(!2017-01-20!>!2017-01-01!)+String(!2017-01-20!>!2017-01-20!)+String(!2017-01-01!<!2017-01-20!)+String(!2017-01-20!<!2017-01-20!))  // TrueFalseTrueFalse
ALERT(String(!2017-01-20!>=!2017-01-01!)+String(!2017-01-01!>=!2017-01-20!)+String(!2017-01-01!<=!2017-01-20!)+String(!2017-01-20!<=!2017-01-01!))  // TrueFalseTrueFalse
ALERT(String(!00-00-00!<!1900-01-01!))  // True: the null date is below every date
ALERT(String(!2024-02-28!+1)+" "+String(!2023-02-28!+1)+" "+String(!2023-12-31!+1))  // 02/29/2024 03/01/2023 01/01/2024
ALERT(String(!12/04/98!)+" "+String(!1/2/29!)+" "+String(!2024.1.15!))  // 12/04/1998 01/02/2029 01/15/2024: month-day-year unless the year comes first
var $d : Date
$d:=!2000-11-10!
$d+=10
ALERT(String($d))  // 11/20/2000
$d-=20
ALERT(String($d))  // 10/31/2000
// Times: Time ± Time is a Time; Time with a Number is a Number.
ALERT(String(?02:03:04?+?01:02:03?)+" "+String(?02:03:04?-?01:02:03?))  // 03:05:07 01:01:01
ALERT(String(?02:03:04?+65)+" "+String(?02:03:04?-65)+" "+String(?02:03:04?*2)+" "+String(?02:03:04?/2))  // 7449 7319 14768 3692
ALERT(String(?02:03:04?\2)+" "+String(?02:03:04?%2))  // 3692 0
ALERT(String(?20:10:00?%?04:20:00?))  // 02:50:00
ALERT(String(Value type(?02:03:04?+65))+" "+String(Value type(?02:03:04?+?00:00:01?)))  // 1 11: Is real, Is time
ALERT(String(?01:02:03?=?01:02:03?)+String(?01:02:03?=?01:02:04?)+String(?01:02:03?#?01:02:04?)+String(?01:02:03?#?01:02:03?))  // TrueFalseTrueFalse
ALERT(String(?01:02:04?>?01:02:03?)+String(?01:02:03?>?01:02:03?)+String(?01:02:03?<?01:02:04?)+String(?01:02:03?<?01:02:03?))  // TrueFalseTrueFalse
ALERT(String(?01:02:03?>=?01:02:03?)+String(?01:02:03?>=?01:02:04?)+String(?01:02:03?<=?01:02:03?)+String(?01:02:04?<=?01:02:03?))  // TrueFalseTrueFalse
$t1:=?23:00:00?
$t2:=$t1+?02:30:00?
ALERT(String($t2))  // 25:30:00: hours go beyond 24
$t2:=($t1+?02:30:00?)%?24:00:00?
ALERT(String($t2))  // 01:30:00
ALERT(String(?100:00:00?)+" "+String(?0:0:5?))  // 100:00:00 00:00:05
// Compound assignment: Time += Time stays a Time, Time += Number is a Number.
$t:=?01:00:00?
$t+=?00:30:00?
ALERT(String($t)+" "+String(Value type($t)))  // 01:30:00 11
$t+=60
ALERT(String($t)+" "+String(Value type($t)))  // 5460 1
// A declared Time variable keeps its type: a number assigned is seconds.
var $tt : Time
$tt:=3725
ALERT(String($tt))  // 01:02:05
$tt:=?00:00:10?+5
ALERT(String($tt))  // 00:00:15
// Times in objects and collections are stored as milliseconds (Real).
$o:=New object("t"; ?00:00:02?)
$o.u:=?01:00:00?
ALERT(JSON Stringify($o)+" "+String(Value type($o.t)))  // {"t":2000,"u":3600000} 1
ALERT(JSON Stringify(New collection(?00:00:01?))+" "+JSON Stringify([?00:00:03?]))  // [1000] [3000]
ALERT(String(Time($o.t/1000)))  // 00:00:02
