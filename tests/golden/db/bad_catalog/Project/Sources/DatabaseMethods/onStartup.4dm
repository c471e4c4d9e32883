// test: expect-error
// A malformed catalog stops the run before any code runs (exit 2).
ALERT("never")
