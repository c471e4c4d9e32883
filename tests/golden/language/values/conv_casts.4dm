// Num, Bool, Date, Time (docs/language.md §16; 4d/docs docs/commands/num.md,
// commands-legacy/bool.md, date.md, time.md).
// Num of a text: letters ignored, "-" before digits negates, text after an
// embedded "-" ignored, "e" exponent; Num of a Boolean: 1 or 0.
ALERT(String(Num("ABCD"))+" "+String(Num("A1B2C3"))+" "+String(Num("123"))+" "+String(Num("123.4")))  // 0 123 123 123.4
ALERT(String(Num("-123"))+" "+String(Num("-123e2"))+" "+String(Num("123e-2"))+" "+String(Num("123-456"))+" "+String(Num("-9")))  // -123 -12300 1.23 123 -9
ALERT(String(Num("33,333.33"; "."))+" "+String(Num("33 333,33"; ","))+" "+String(Num("1;5"; ";")))  // 33333.33 33333.33 1.5
ALERT(String(Num(True))+" "+String(Num(False))+" "+String(Num(12.5))+" "+String(Num(?00:01:00?)))  // 1 0 12.5 60
ALERT(("Good"*Num(500<1000))+("Bad"*Num(500>=1000)))  // Good: the docs' example of Num with *
$o:=New object("a"; "5")
ALERT(String(Num($o.missing))+" "+String(Num($o.a)+1))  // 0 6
// Bool: a Boolean as is, a number ≠ 0 is True; every other type is False.
ALERT(String(Bool(True))+String(Bool(1))+String(Bool(-0.5))+String(Bool(0))+String(Bool("true"))+String(Bool($o.missing))+String(Bool(Null)))  // TrueTrueTrueFalseFalseFalseFalse
$married:=Choose(Bool($o.married); "Married"; "Single")
ALERT("This person is "+$married)  // This person is Single
// Date: ISO text, or the system's short form (US: month/day/year); invalid → null date.
ALERT(String(Date("12/25/94"))+" "+String(Date("40/40/94"))+" "+String(Date("It was the 6/30, we were in 2016")))  // 12/25/1994 00/00/00 06/30/2016
$vobj:=New object("expDate"; "2020-11-17T00:00:00.0000")
ALERT(String(Date($vobj.expDate))+" "+String(Date($vobj.creationDate)))  // 11/17/2020 00/00/00
ALERT(String(Date("2013-06-05T20:00:00"))+" "+String(Date("2013-11-20T10:20:00.9854"))+" "+String(Date(!2020-02-02!)))  // 06/05/2013 11/20/2013 02/02/2020
ALERT(String(Date("12 25 94"))+" "+String(Date("12.25.1994"))+" "+String(Date("12-25-94"))+" "+String(Date("1/2/29")))  // 12/25/1994 12/25/1994 12/25/1994 01/02/2029
// Time: a text in HH:MM:SS, or a number of seconds.
ALERT(String(Time("13:00:00"))+" "+String(Time(10000))+" "+String(Time((60*60)+(20*60)+5200)))  // 13:00:00 02:46:40 02:46:40
ALERT(String(Time($o.missing))+" "+String(Time(?01:00:00?)))  // 00:00:00 01:00:00
ALERT(String(Current time+?01:00:00?>=?01:00:00?))  // True: Time + Time is a Time
// Time string, and date parts.
ALERT(Time string(3725)+" "+Time string(?12:00:01?))  // 01:02:05 12:00:01
ALERT(String(Day of(!2023-11-27!))+" "+String(Month of(!2023-11-27!))+" "+String(Year of(!2023-11-27!))+" "+String(Day number(!2023-11-27!)))  // 27 11 2023 2: Monday
ALERT(String(Add to date(!2023-11-27!; 1; 0; 0))+" "+String(Add to date(!2023-11-27!; 0; 1; 0))+" "+String(Add to date(!2023-12-31!; 0; 0; 1)))  // 11/27/2024 12/27/2023 01/01/2024
// Choose: a Boolean picks value1 (True) or value2 (False); a number picks from 0.
ALERT(Choose(True; "Mr"; "Ms")+Choose(False; "Mr"; "Ms")+" "+Choose(2; "Single"; "Married"; "Widowed"; "Divorced"))  // MrMs Widowed
ALERT("["+Choose(7; "a"; "b")+"] "+String(Choose(-1; 5; 6)))  // [] 0: no such value gives the empty value of the type
