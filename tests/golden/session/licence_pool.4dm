// test: --mode remote --user Bob --license "4D Write license=2" --license "4D View license=0"
// Licence pools (docs/session.md §6): grant points take licences; a pool is never
// over-subscribed; a licence is never given back during the session.
ALERT("Bob: "+String(Is license available(4D Write license)))
CHANGE CURRENT USER("Cleo"; "")
ALERT("Cleo: "+String(Is license available(4D Write license)))
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT("Ann (pool of 2 used up): "+String(Is license available(4D Write license)))
// 4D View is unbound but its pool is empty.
ALERT("View: "+String(Is license available(4D View license)))
// Not installed at all.
ALERT("ODBC: "+String(Is license available(4D ODBC Pro license)))
// Without argument: True unless in demo mode.
ALERT("any: "+String(Is license available))
ARRAY LONGINT($numbers; 0)
ARRAY TEXT($plugins; 0)
PLUGIN LIST($numbers; $plugins)
For ($i; 1; Size of array($numbers))
	ALERT(String($numbers{$i})+" "+$plugins{$i})
End for 
