// test: expect-error
// A signal waited on with no timeout and no process left to trigger it: in
// 4D the process waits forever ("Calling .wait() without a timeout in the
// main process is not recommended, as it could freeze the entire 4D
// application", docs/API/SignalClass.md); fourd ends the run with its
// deadlock error naming the waiting processes (docs/processes.md).
var $signal : 4D.Signal
$signal:=New signal
CALL WORKER("helper"; "procGreet"; "I do not trigger"; New object("n"; 0))
ALERT("waiting")
$signal.wait()
ALERT("never here")
