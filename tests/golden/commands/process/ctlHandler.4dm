// process_control.4dm's error handler.
ALERT("handled an error in "+Current process name+": "+String(Error#0))
