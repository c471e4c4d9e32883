// Hostile class code ends with an error, never a hang or a crash: a class
// whose Class extends loops, a constructor that recurses, a getter that reads
// itself (each caught by Try; the codes are fourd's, 4D's compiler refuses the first).
Try
	$a:=cs.LoopA.new()
Catch
	ALERT("loop: "+String(Last errors[0].errCode))
End try
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
