// helper
// A silent error handler that counts its calls in gErrors.
gErrors:=gErrors+1
gLastCode:=Error
