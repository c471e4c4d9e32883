// New signal and 4D.Signal across a worker (4d/docs docs/commands/new-signal.md,
// docs/API/SignalClass.md, docs/commands/call-worker.md).
// new-signal.md's example: a worker sets the signal, the caller waits 1 s at most.
var $signal : 4D.Signal
$signal:=New signal("This is my first signal")
ALERT($signal.description)  // This is my first signal
ALERT(String($signal.signaled))  // False: "When the signal is created, .signaled is False"
CALL WORKER("myworker"; "doSomething"; $signal)
$signaled:=$signal.wait(1)  //wait for 1 second max
If ($signaled)
	ALERT("myworker finished the work. Result: "+$signal.myresult)
Else
	ALERT("myworker has not finished in less than 1s")
End if
ALERT(String($signal.signaled))  // True
// "If the signal is already in the signaled state ... returns immediately"
ALERT(String($signal.wait()))  // True
// .trigger() on a signaled signal does nothing.
$signal.trigger()
ALERT(String($signal.signaled))  // True
// A signal nobody triggers: .wait(timeout) is False once the timeout passed.
var $never : 4D.Signal
$never:=New signal
ALERT("["+$never.description+"] "+String($never.wait(0.5)))  // [] False
// The signal is a shared object: writing needs Use (SignalClass.md).
Use ($never)
	$never.description:="renamed"
End use
ALERT($never.description)  // renamed
ALERT(String(OB Instance of($never; 4D.Signal)))  // True
// Formula objects in CALL WORKER (call-worker.md), with parameters.
var $done : 4D.Signal
$done:=New signal
CALL WORKER("myworker"; Formula(doSum); $done; 2; 40)
If ($done.wait(10))
	ALERT("sum "+String($done.sum)+" by "+$done.by)  // sum 42 by myworker
End if
// A signal inside a parameter object: the object is copied, the shared
// signal in it is still the caller's (call-worker.md).
$wrapped:=New object("signal"; New signal)
CALL WORKER("myworker"; Formula(doSum($1.signal; 3; 4)); $wrapped)
ALERT(String($wrapped.signal.wait(10))+" "+String($wrapped.signal.sum))  // True 7
KILL WORKER("myworker")
