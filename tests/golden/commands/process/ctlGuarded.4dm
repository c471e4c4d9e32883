// process_control.4dm: a worker with a handler of its own (the main
// process's handler is not installed here).
ON ERR CALL("ctlHandler")
var $o : Object
$o.missing.deeper:=1
ALERT("guarded goes on")
