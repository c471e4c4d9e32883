// QUIT 4D (4d/docs docs/commands/quit-4d.md): the method that called it
// finishes, then the run stops (exit status 0); nothing after the call site runs.
Quit_Now
ALERT("not shown: the run has stopped")
