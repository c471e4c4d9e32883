// test: expect-error
// ABORT in a handler ends the run with status 1 and no message
// (docs/language.md §19.3; docs/commands/on-err-call.md). No .err file: nothing on stderr.
ON ERR CALL("err_abort")
ALERT("before")  // before
$x:=Null.a
ALERT("never printed")
