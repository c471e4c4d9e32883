// docs/language.md §2–§3: source text, tokens, names, continuation, literals.
// (This file starts with a BOM, which is skipped.)
// §2.3 tokenized names read like plain ones; constant tokens resolve by name.
ALERT(String:C10(Is real:K8:4)+" "+String(Is text:K8:3)+" "+String(Is collection:K8:32))  // 1 2 42
ALERT(String(True:C214)+" "+String(Value type(Null:C1517))+" "+String(New collection:C1472(1).length))  // True 255 1
// §2.4 multi-word names: the longest known phrase wins.
ALERT(String(Current date+1>Current date))  // True: Current date, then +1
ALERT(String(Count parameters>=2))  // False: Count parameters, then >=2
ALERT(String(Value type(Current date)))  // 4
// §2.5 a "\" at the end of a line joins the next one.
$total:=1+\
	2+\
	3
ALERT(String($total))  // 6
If ($total=6) \
	& ($total>1)
	ALERT("joined condition")  // joined condition
End \
if
$o:={a: 1; \
	b: 2}
ALERT(JSON Stringify($o))  // {"a":1,"b":2}
// A commented-out wrapped line stays a comment: \
ALERT("never printed")
ALERT("after the comment")  // after the comment
// §3.1 comments: block comments nest and may sit between tokens.
$x:=1 /* a /* nested */ comment */ +2
ALERT(String($x))  // 3
/* a block
   on several lines */
`an old-style comment
// §3.3 strings and their escapes; other backslashes stay.
ALERT("tab:[\t] quote:[\"] backslash:[\\] path:[C:\Data]")  // tab:[	] quote:["] backslash:[\] path:[C:\Data]
ALERT(String(Length("\n\r")))  // 2
// §3.4 numbers: every literal is a Real; hexadecimal is 32-bit.
ALERT(String(27)+" "+String(123.76)+" "+String(0.0076)+" "+String(-27)+" "+String(1.5e3)+" "+String(2E-4))  // 27 123.76 0.0076 -27 1500 0.0002
ALERT(String(0xFF)+" "+String(0xFFFFFFFF)+" "+String(Value type(42)=Is real))  // 255 -1 True
// §3.5 dates: ISO, US system order with a 2-digit year (below 30 → 20xx), null date.
ALERT(String(!2024-01-15!)+" "+String(!12/04/98!)+" "+String(!1/5/29!)+" "+String(!00-00-00!))  // 01/15/2024 12/04/1998 01/05/2029 00/00/00
// §3.6 times: 24-hour, hours may exceed 24.
ALERT(String(?13:01:59?)+" "+String(?8:05:30?)+" "+String(?00:00:00?)+" "+String(?596000:00:00?))  // 13:01:59 08:05:30 00:00:00 596000:00:00
ALERT((True) ? "ternary, not a time" : "no")  // ternary, not a time
// §3.7 True, False, Null in any case; Not; Undefined.
ALERT(String(true)+" "+String(FALSE)+" "+String(Not(true))+" "+String(Undefined($nothing_here)))  // True False False True
// §3.2 ◊ is the old spelling of <>; names are case-insensitive.
<>shared:="interprocess"
ALERT(◊SHARED)  // interprocess
