// helper
ALERT("aborting after "+String(Error))
ABORT
