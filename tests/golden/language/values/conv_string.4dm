// String() as 4D prints values (docs/language.md §16; 4d/docs docs/commands/string.md).
// Numbers: 13 significant digits, no trailing zeros; exponent form from 10^15
// and below 10^-5 (docs/language.md §16).
ALERT(String(2^15)+" "+String(1/3)+" "+String(Arctan(1)*4))  // 32768 0.3333333333333 3.14159265359
ALERT(String(1/0)+" "+String(-1/0)+" ["+String(Log(-1))+"]")  // INF -INF []: not a number prints ""
ALERT(String(0.1+0.2)+" "+String(-0)+" "+String(1234567890123)+" "+String(12.50))  // 0.3 0 1234567890123 12.5
ALERT(String(1e20)+" "+String(-1.5e+20)+" "+String(123456789012345678))  // 1e+20 -1.5e+20 1.234567890123e+17
ALERT(String(0.00001)+" "+String(0.000001)+" "+String(0.0000012345))  // 0.00001 1e-6 1.2345e-6: exponent form below 10^-5 (docs/language.md §16)
ALERT(String(100000000000000)+" "+String(1000000000000000))  // 100000000000000 1e+15
// Number formats.
ALERT(String(2^15; "###,##0 Inhabitants"))  // 32,768 Inhabitants
ALERT(String(1/3; "##0.00000")+" "+String(Arctan(1)*4; "##0.00"))  // 0.33333 3.14
ALERT(String(-1; "&x")+" "+String(-1; "&$"))  // 0xFFFFFFFF $FFFFFFFF
ALERT(String(0 ?+ 7; "&x")+" "+String(0 ?+ 7; "&$")+" "+String(0 ?+ 14; "&x")+" "+String(0 ?+ 14; "&$"))  // 0x0080 $80 0x4000 $4000
ALERT(String(50.3; "&xml"))  // 50.3
ALERT(String(Num(1=1); "True;;False")+" "+String(Num(1=2); "True;;False"))  // True False
// String(number; base): base 2–36, lower case, sign kept.
ALERT(String(10; 2)+" "+String(-10; 2)+" "+String(254; 16)+" "+String(-16523461; 16)+" "+String(35; 36))  // 1010 -1010 fe -fc20c5 z
ALERT(String(Log(-1); 10)+" "+String(1/0; 10)+" "+String(-1/0; 10))  // NaN NaN NaN
// Dates: MM/DD/YYYY by default; the predefined formats.
ALERT(String(!2023-11-27!)+" "+String(!00-00-00!))  // 11/27/2023 00/00/00
ALERT(String(!2023-11-27!; Internal date long)+" | "+String(!2023-11-27!; Internal date abbreviated))  // November 27, 2023 | Nov 27, 2023
ALERT(String(!2006-12-29!; Internal date short)+" | "+String(!2006-12-29!; Internal date short special))  // 12/29/2006 | 12/29/06
ALERT(String(!2006-12-29!; System date short)+" | "+String(!2006-12-29!; System date abbreviated)+" | "+String(!2006-12-29!; System date long))  // 12/29/2006 | Fri, Dec 29, 2006 | Friday, December 29, 2006
ALERT(String(!2010-09-13!; ISO date)+" | "+String(!2010-09-13!; ISO date; ?18:11:53?))  // 2010-09-13T00:00:00 | 2010-09-13T18:11:53
ALERT("["+String(!00-00-00!; Internal date long+Blank if null date)+"]")  // []: Blank if null date (100) added to the format
// Date patterns (docs/Project/date-time-formats.md). fourd runs in English and
// UTC, so zones print GMT where the docs show GMT+1 (Paris).
ALERT(String(!2023-11-27!; "EEEE d MMMM y GGGG"))  // Monday 27 November 2023 Anno Domini
ALERT(String(!2023-11-27!; "E dd/MM/yyyy 'at' hh:mm aa O"; ?11:15:00?))  // Mon 27/11/2023 at 11:15 AM GMT
ALERT(String(!2000-06-15!; "QQQQ")+" "+String(!2001-03-17!; "D")+" "+String(!1954-03-17!; "w")+" "+String(!1954-03-17!; "eeee"))  // 2nd quarter 76 11 Wednesday
// Times: HH:MM:SS by default; the predefined formats.
ALERT(String(?01:02:03?)+" "+String(?100:00:00?)+" "+String(Time(100000)))  // 01:02:03 100:00:00 27:46:40
ALERT(String(?01:02:03?; HH MM SS)+" | "+String(?01:02:03?; HH MM)+" | "+String(?01:02:03?; Hour min sec)+" | "+String(?01:02:03?; Hour min))  // 01:02:03 | 01:02 | 1 hour 2 minutes 3 seconds | 1 hour 2 minutes
ALERT(String(?01:02:03?; ISO time)+" | "+String(?01:02:03?; Min sec)+" | "+String(?01:02:03?; MM SS))  // 0000-00-00T01:02:03 | 62 minutes 3 seconds | 62:03
ALERT(String(?17:30:45?; HH MM AM PM)+" | "+String(?17:30:45?; Hour min sec))  // 5:30 PM | 17 hours 30 minutes 45 seconds
ALERT("1:00 P.M. = "+String(Time("13:00:00"); Hour min))  // 1:00 P.M. = 13 hours 0 minute
// Time patterns.
ALERT(String(?15:00:00?; "a")+" | "+String(?18:00:00?; "K a")+" | "+String(?13:30:15?; "hh:mm aa O"))  // PM | 6 PM | 01:30 PM GMT
ALERT(String(?17:30:45?; "'It is' K a")+" | "+String(?15:30:00?; "HH 'hours and' mm 'minutes'"))  // It is 5 PM | 15 hours and 30 minutes
ALERT("["+String(?09:10:25?; " HH : mm : ss ")+"]["+String(?09:10:25?; "' 'HH : mm : ss' '")+"]")  // [09 : 10 : 25][ 09 : 10 : 25 ]: blanks at the ends need quotes
ALERT("["+String(?00:00:00?; HH MM SS+Blank if null time)+"]")  // []
// Booleans, texts, Null, undefined: a format is ignored.
ALERT(String(True)+" "+String(False)+" "+String(True; "yes;no")+" "+String("abc"; "##0"))  // True False True abc
$o:=New object
ALERT("["+String($o.missing)+"] "+String(Null))  // [] null
// Objects and collections print as JSON.
ALERT(String(New object("a"; 1; "b"; New collection(True; Null)))+" "+String(New collection("x"; 2)))  // {"a":1,"b":[true,null]} ["x",2]
