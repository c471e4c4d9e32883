// Hostile class code ends with an error, never a hang or a crash: a
// constructor that recurses, a getter that reads itself (each caught by Try;
// the codes are fourd's). A Class extends that loops is refused by the check
// before anything runs (../classes_hostile).
Try
	$r:=cs.Recurse.new()
Catch
	ALERT("recursion: "+String(Last errors[0].errCode))
End try
Try
	$g:=cs.SelfGetter.new()
	$x:=$g.x
Catch
	ALERT("getter: "+String(Last errors[0].errCode))
End try
ALERT("still running")
