// Texts in BLOBs (4d/docs docs/commands-legacy/text-to-blob.md, its example
// and its table of formats; blob-to-text.md; convert-from-text.md,
// convert-to-text.md).
SET BLOB SIZE(vxBlob; 0)
var vtValue : Text
vtValue:="Café"
TEXT TO BLOB(vtValue; vxBlob; Mac C string)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{3}))  // 5 142 ($8E)
TEXT TO BLOB(vtValue; vxBlob; Mac Pascal string)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{0}))  // 5 4
TEXT TO BLOB(vtValue; vxBlob; Mac text with length)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{1}))  // 6 4
TEXT TO BLOB(vtValue; vxBlob; Mac text without length)
ALERT(String(BLOB size(vxBlob)))  // 4
TEXT TO BLOB(vtValue; vxBlob; UTF8 C string)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{3})+" "+String(vxBlob{4})+" "+String(vxBlob{5}))  // 6 195 169 0
TEXT TO BLOB(vtValue; vxBlob; UTF8 text with length)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{3}))  // 9 5
TEXT TO BLOB(vtValue; vxBlob; UTF8 text without length)
ALERT(String(BLOB size(vxBlob)))  // 5
TEXT TO BLOB(vtValue; vxBlob)
ALERT(String(BLOB size(vxBlob)))  // 5: Mac C string by default
// Reading back each format; the offset moves past what was read.
For ($format; 0; 6)
	SET BLOB SIZE(vxBlob; 0)
	TEXT TO BLOB(vtValue; vxBlob; $format; *)
	TEXT TO BLOB("!"; vxBlob; UTF8 C string; *)
	$offset:=0
	$t:=BLOB to text(vxBlob; $format; $offset; 4)
	ALERT(String($format)+": "+$t+" "+BLOB to text(vxBlob; UTF8 C string; $offset))
End for
// CONVERT FROM TEXT and Convert to text, by name and by MIBEnum.
CONVERT FROM TEXT("Café"; "ISO-8859-1"; $latin)
ALERT(String(BLOB size($latin))+" "+String($latin{3})+" "+String(OK))  // 4 233 1
ALERT(Convert to text($latin; 4))  // Café
CONVERT FROM TEXT("Café"; "UTF-16BE"; $u16)
ALERT(String(BLOB size($u16))+" "+Convert to text($u16; "UTF-16BE"))  // 8 Café
CONVERT FROM TEXT("Café"; "no such set"; $none)
ALERT(String(BLOB size($none))+" "+String(OK))  // 0 0
