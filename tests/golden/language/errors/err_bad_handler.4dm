// helper
// A handler that fails itself; ON ERR CALL inside it has no effect.
ON ERR CALL("err_count")
ALERT("bad handler running, still "+Method called on error)
$y:=[][0]
