// test: --data data.json expect-error
// A fixtures value of the wrong type stops the run before any code runs, at its line and
// column (exit 2), and nothing is loaded (docs/datastore.md, Fixtures).
ALERT("never")
