// Match regex (4d/docs docs/commands/match-regex.md): the page's examples,
// then ICU features real code uses (look-around, back-references, classes).
// Example 1: the two-parameter form tests the whole text ("complete equality").
ALERT(String(Match regex(".*smith.*"; "John smith"))+" "+String(Match regex("smith"; "John smith")))  // True False
// Example 2: every tag of a text, by position and length.
$text:="<a>x<b>y<c>"
$start:=1
$tags:=""
Repeat
	$found:=Match regex("<[^>]*>"; $text; $start; $pos; $len)
	If ($found)
		$tags:=$tags+Substring($text; $pos; $len)
		$start:=$pos+$len
	End if
Until (Not($found))
ALERT($tags)  // <a><b><c>
// The page's greedy "<.*>" takes the longest run.
ALERT(String(Match regex("<.*>"; $text; 1; $pos; $len))+" "+String($pos)+" "+String($len))  // True 1 11
// Example 3: capture groups in arrays; element 0 is the whole match.
ARRAY LONGINT($pos_found_array; 0)
ARRAY LONGINT($length_found_array; 0)
$t:="more stuff here"
If (Match regex("(.*)stuff(.*)"; $t; 1; $pos_found_array; $length_found_array))
	ALERT("["+Substring($t; $pos_found_array{1}; $length_found_array{1})+"]["+Substring($t; $pos_found_array{2}; $length_found_array{2})+"] "+String(Size of array($pos_found_array))+" "+String($pos_found_array{0})+"/"+String($length_found_array{0}))  // [more ][ here] 2 1/15
End if
// Example 4: with *, only a match at start counts.
ALERT(String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found))+" "+String(Match regex("a.b"; "---a-b---"; 1; $pos_found; $length_found; *))+" "+String(Match regex("a.b"; "---a-b---"; 4; $pos_found; $length_found; *)))  // True False True
// Positions count UTF-16 units, as every 4D position does.
ALERT(String(Match regex("b+"; "é😀abbbc"; 1; $p; $l))+" "+String($p)+" "+String($l))  // True 5 3
// A group that takes no part gives 0 and 0.
ARRAY LONGINT($gp; 0)
ARRAY LONGINT($gl; 0)
$ok:=Match regex("(x)?(y)"; "y"; 1; $gp; $gl)
ALERT(String($gp{1})+"/"+String($gl{1})+" "+String($gp{2})+"/"+String($gl{2}))  // 0/0 1/1
// ICU syntax: look-ahead and look-behind, back-references, \h, case flags, $ before a final line break.
ALERT(String(Match regex("(?<=\\$)\\d+"; "cost: $42"; 1; $p; $l))+" "+String($p)+" "+String($l))  // True 8 2
ALERT(String(Match regex("(\\w+) \\1"; "it is is done"; 1; $p; $l))+" "+String($p))  // True 4
ALERT(String(Match regex("^[\\w.+-]+@[\\w-]+\\.[\\w.]+$"; "ann@example.com"))+" "+String(Match regex("(?i)^ABC$"; "abc"))+" "+String(Match regex("^a\\hb$"; "a\tb")))  // True True True
ALERT(String(Match regex("^abc$"; "abc\n"; 1; $p; $l))+" "+String(Match regex("x(?!y)"; "xy"; 1; $p; $l)))  // True False
// An invalid pattern is an error (fourd's -30022).
ON ERR CALL("Show_Error")
$bad:=Match regex("(unclosed"; "x")
ON ERR CALL("")
