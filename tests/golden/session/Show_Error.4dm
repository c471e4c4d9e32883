// helper
// The error handler of the session tests: prints the error and goes on.
ALERT("error "+String(Error)+" ("+Last errors[0].componentSignature+"): "+Last errors[0].message)
