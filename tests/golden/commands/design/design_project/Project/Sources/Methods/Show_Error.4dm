ALERT("error "+String(Error))
