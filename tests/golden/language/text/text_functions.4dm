// Text functions (docs/language.md §16; 4d/docs commands-legacy/position.md,
// substring.md, replace-string.md, …, docs/commands/split-string.md).
ALERT(String(Length("How did I get here?"))+" "+String(Length(""))+" "+String(Length("é"))+" "+String(Length("😀")))  // 19 0 1 2: UTF-16 code units
// Substring: n omitted or past the end → the rest; first past the end → "".
ALERT(Substring("abcdef"; 3)+" "+Substring("abcdef"; 2; 3)+" "+Substring("abcdef"; 5; 100))  // cdef bcd ef
ALERT("["+Substring("abcdef"; 7)+"]["+Substring("abcdef"; 0; 2)+"]["+Substring("abcdef"; 2; 0)+"]["+Substring("abcdef"; 2; -1)+"]")  // [][ab][][]
// Position: case and accent insensitive; * compares codes; start and lengthFound.
ALERT(String(Position("ll"; "Willow"))+" "+String(Position("day"; "Today is the first day"; 1))+" "+String(Position("day"; "Today is the first day"; 4)))  // 3 3 20
ALERT(String(Position("DAY"; "Today is the first day"; 1; *))+" "+String(Position("DAY"; "Today is the first day"))+" "+String(Position("É"; "café")))  // 0 3 4
ALERT(String(Position("œ"; "Bœuf"; 1; $length))+" "+String($length))  // 2 1
ALERT(String(Position("ss"; "Straße"; 1; $len2))+" "+String($len2))  // 5 1: ß is found for "ss", one character long
ALERT(String(Position("abc@"; "xabcdef"))+" "+String(Position(""; "abc"))+" "+String(Position("z"; "abc")))  // 0 0 0: no wildcard; "" is never found
$text:="aegis, Aegis and ægis"
$start:=1
$found:=""
Repeat
	$r:=Position("aegis"; $text; $start; $lengthfound)
	If ($r>0)
		$found:=$found+String($r)+"/"+String($lengthfound)+" "
	End if
	$start:=$r+$lengthfound
Until ($r=0)
ALERT($found)  // 1/5 8/5 18/4 : the docs' loop over all occurrences
// The second syntax takes Strings options: sk case insensitive (2) keeps accents,
// sk diacritic insensitive (4) keeps case, sk strict (0) keeps both, sk char
// codes (1), sk whole word (32).
ALERT(String(Position("CAFE"; "un café"; 1; $l1; sk case insensitive))+" "+String(Position("cafe"; "un café"; 1; $l1; sk diacritic insensitive))+" "+String(Position("café"; "un CAFÉ"; 1; $l1; sk diacritic insensitive)))  // 0 4 0
ALERT(String(Position("CAFÉ"; "un café"; 1; $l1; sk case insensitive))+" "+String(Position("café"; "un café"; 1; $l1; sk strict))+" "+String(Position("Café"; "un café"; 1; $l1; sk strict)))  // 4 4 0
ALERT(String(Position("where"; "somewhere where"; 1; $l1; sk whole word))+" "+String(Position("where"; "somewhere"; 1; $l1; sk whole word+sk case insensitive+sk diacritic insensitive)))  // 11 0
ALERT(String(Position("ABC"; "xabc"; 1; $l1; sk char codes))+" "+String(Position("ABC"; "xabc"; 1; $l1; sk char codes+sk case insensitive)))  // 0 2
// The docs' example 3: replace every "joel", whatever its case and accents.
var $lengthFound : Integer
$string:="Hello Joelle et joel!"
$find:="joel"
$replace:="Joël"
$option:=sk case insensitive+sk diacritic insensitive
$p:=0
Repeat
	$p:=Position($find; $string; $p+1; $lengthFound; $option)
	If ($p>0)
		$string:=Substring($string; 1; $p-1)+$replace+Substring($string; $p+$lengthFound)
	End if
Until ($p<=0)
ALERT($string)  // Hello Joëlle et Joël!
// Replace string: all occurrences by default, or howMany; * compares codes.
ALERT(Replace string("Willow Willow"; "ll"; "LL")+" "+Replace string("aaaa"; "a"; "b"; 2)+" "+Replace string("Abc abc"; "abc"; "x"; *))  // WiLLow WiLLow bbaa Abc x
ALERT(Replace string("abc"; ""; "x")+" "+Replace string("aaa"; "aa"; "b")+" "+Replace string("Café"; "CAFE"; "tea"))  // abc ba tea
// Delete string, Insert string, Change string.
ALERT(Delete string("Lamborghini"; 6; 6)+" "+Delete string("abc"; 10; 1)+" "+Delete string("abcdef"; 3; 100))  // Lambo abc ab
ALERT(Insert string("The tree"; " green"; 4)+" "+Insert string("ab"; "X"; 0)+" "+Insert string("ab"; "X"; 99))  // The green tree Xab abX
ALERT(Change string("Acme"; "CME"; 2)+" "+Change string("November"; "Dec"; 1))  // ACME December
// Case and character codes.
// Without *, accents are dropped (uppercase.md, lowercase.md); with *, kept.
ALERT(Uppercase("hello é")+" "+Lowercase("HELLO É")+" "+Uppercase("hello é"; *)+" "+Lowercase("HELLO É"; *))  // HELLO E hello e HELLO É hello é
ALERT(Uppercase("hélène")+" "+Uppercase("hélène"; *)+" "+Lowercase("DÉJÀ VU")+" "+Lowercase("DÉJÀ VU"; *))  // HELENE HÉLÈNE deja vu déjà vu
ALERT(String(Character code("A"))+" "+String(Character code("a"))+" "+String(Character code("ABC"))+" "+String(Character code("")))  // 65 97 65 0
ALERT(Char(65)+Char(97)+Char(233)+" "+String(Length(Char(Tab)))+" "+String(Character code(Char(Line feed))))  // Aaé 1 10
// Split string and its options.
$vt:="John;Doe;120 jefferson st.;Riverside;; NJ; 08075"
ALERT(JSON Stringify(Split string($vt; ";")))  // ["John","Doe","120 jefferson st.","Riverside",""," NJ"," 08075"]
ALERT(JSON Stringify(Split string($vt; ";"; sk ignore empty strings)))  // ["John","Doe","120 jefferson st.","Riverside"," NJ"," 08075"]
ALERT(JSON Stringify(Split string($vt; ";"; sk ignore empty strings+sk trim spaces)))  // ["John","Doe","120 jefferson st.","Riverside","NJ","08075"]
ALERT(JSON Stringify(Split string("a, b,,c"; ", ")))  // ["a","b,,c"]: a separator of several characters
ALERT(JSON Stringify(Split string("abc"; "")))  // ["a","b","c"]: "" splits into characters
ALERT(JSON Stringify(Split string("abc"; ";"))+" "+JSON Stringify(Split string(""; ";")))  // ["abc"] []
// Trim removes blanks at both ends.
ALERT("["+Trim("  a b  ")+"]")  // [a b]
