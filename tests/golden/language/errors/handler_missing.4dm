// test: expect-error
// A handler that does not exist when an error needs it: error -10532,
// uncaught (docs/language.md §19.4). See handler_missing.err.
ON ERR CALL("No_such_handler")
ALERT(Method called on error)  // No_such_handler: installing checks nothing
$x:=1+True
ALERT("never printed")
