// helper
// An error handler: prints what 4D tells it about the error.
ALERT("handler: Error="+String(Error)+" method="+Error method+" line="+String(Error line)+" formula="+Error formula)
ALERT("  Last errors: "+JSON Stringify(Last errors))
