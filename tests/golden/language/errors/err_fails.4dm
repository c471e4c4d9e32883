// helper
// A method that raises an error in its second statement.
ALERT("err_fails: before")
$x:=Undefined_thing_xyz
ALERT("err_fails: after")
