// test: expect-error
// An error inside a running handler is uncaught (docs/language.md §19.3).
// See handler_error.err.
ON ERR CALL("err_bad_handler")
$x:=Null.a
ALERT("never printed")
