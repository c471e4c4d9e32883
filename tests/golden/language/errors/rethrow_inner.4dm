// helper
ALERT("rethrow_inner: before")
$x:=Null.q
ALERT("rethrow_inner: after")
