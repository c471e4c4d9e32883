// LAUNCH EXTERNAL PROCESS (4d/docs docs/commands/launch-external-process.md)
// is refused unless the run was started with --allow-exec (docs/environment.md).
SET ENVIRONMENT VARIABLE("GREETING"; "hi")
ON ERR CALL("Show_Error")
LAUNCH EXTERNAL PROCESS("/bin/echo hi"; $in; $out)
ON ERR CALL("")
ALERT("OK="+String(OK))  // OK=0
// OPEN URL: a headless run has no browser; nothing happens.
OPEN URL("https://www.4d.com")
OPEN URL("mailto:jean_martin@4d.fr"; "mail"; *)
ALERT("done")  // done
