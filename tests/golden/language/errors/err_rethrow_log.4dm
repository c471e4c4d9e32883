// helper
// Reports the error, then passes it on with throw.
ALERT("handler sees "+String(Error)+" in "+Error method)
throw
