// test: expect-error
// throw with no argument in a handler re-raises the current errors in
// deferred mode: the interrupted method goes on, and the errors are raised
// again when it returns to its caller (docs/language.md §19.6; throw.md).
ON ERR CALL("err_rethrow_log")
rethrow_inner
// rethrow_inner: before
// handler sees -30006 in rethrow_inner
// rethrow_inner: after
// handler sees -30006 in throw_rethrow
ALERT("main: after")  // main: after
// When the main method ends, nothing is left to take the errors: they are
// uncaught, reported at the call of rethrow_inner, where they were raised
// last (see throw_rethrow.err).
