// test: expect-error
// An uncaught error stops the run (exit status 1): stderr shows
// file:line:col, the code, the signature, the message, and one note per
// method of the call chain (docs/language.md §19.3). See uncaught_chain.err.
ALERT("start")  // start
uncaught_level1(3)
ALERT("never printed")
