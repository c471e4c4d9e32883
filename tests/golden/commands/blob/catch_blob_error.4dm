// helper
// The error handler of blob_variables.4dm: writes the error's code.
ALERT("error "+String(Error))
