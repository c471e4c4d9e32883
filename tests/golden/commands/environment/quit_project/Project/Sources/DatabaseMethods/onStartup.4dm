// QUIT 4D in On Startup (4d/docs docs/commands/quit-4d.md): the current
// process stops; On Exit still runs, once.
ALERT("startup")
Stop_Here
ALERT("not shown")
