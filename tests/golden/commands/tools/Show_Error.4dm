// helper
ALERT("error "+String(Error))
