// Text positions count UTF-16 code units, as 4D's text does
// (docs/language.md §16; 4d/docs docs/commands/length.md,
// docs/commands/substring.md, docs/Concepts/dt_string.md "Character
// reference symbols"): a character outside the BMP is two units, a
// combining mark one of its own. Long texts (indexed by fourd) and short
// ones (scanned) give the same answers.
var $short; $long; $e : Text
var $i : Integer
$e:="e"+Char(769)
$short:="a😀"+$e+"z"
ALERT(String(Length($short)))
ALERT(Substring($short; 4; 2))
ALERT($short[[6]]+$short[[1]])
ALERT(String(Position("z"; $short)))
$long:=""
For ($i; 1; 200)
	$long:=$long+"é😀"
End for
$long:=$long+"fin"
ALERT(String(Length($long)))
ALERT(Substring($long; 598; 6))
ALERT($long[[599]]+$long[[601]]+$long[[603]])
ALERT(String(Position("fin"; $long))+" "+String(Position("FIN"; $long))+" "+String(Position("FIN"; $long; *)))
ALERT(String(Substring($long; 3; 1)=$long[[3]]))
