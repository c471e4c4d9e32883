// helper of fast_paths: the error handler.
ALERT("handled "+String(Error))
