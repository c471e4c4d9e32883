// Uppercase and Lowercase (4d/docs docs/commands/uppercase.md, lowercase.md):
// without *, accented characters lose their accents.
ALERT(Uppercase("hélène")+" "+Uppercase("hélène"; *))  // HELENE HÉLÈNE
ALERT(Lowercase("DÉJÀ VU")+" "+Lowercase("DÉJÀ VU"; *))  // deja vu déjà vu
// The Caps method of lowercase.md, Example 1.
$caps:=Lowercase("jOHN")
If (Length($caps)>0)
	$caps[[1]]:=Uppercase($caps[[1]])
End if
ALERT($caps)  // John
