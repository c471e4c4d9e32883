// test: --directory trailing_comma.json expect-error
// A bad directory.json is a startup error that names the file, line and column
// (exit status 2); nothing runs.
ALERT("never printed")
