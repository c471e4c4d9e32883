// helper
// Throws two deferred errors; they are raised when this method returns.
ALERT("throw_deferred: first")
throw({errCode: 1; message: "one"; deferred: True})
throw({errCode: 2; message: "two"; deferred: True})
ALERT("throw_deferred: second")
