// Two workers exchange work through CALL WORKER and a signal
// (4d/docs docs/commands/call-worker.md, docs/API/SignalClass.md,
// docs/Concepts/shared.md): "producer" computes squares and posts each to
// "consumer", which adds them up in Storage; the last one triggers the
// signal the main process waits on. docs/processes.md: a run always
// interleaves the same way (tests/process_determinism.rs runs this 100 times).
Use (Storage)
	Storage.exchange:=New shared object("total"; 0; "log"; New shared collection)
End use
var $signal : 4D.Signal
$signal:=New signal("exchange")
CALL WORKER("producer"; "exchangeProduce"; 5; $signal)
ALERT("main posted; total so far "+String(Storage.exchange.total))  // 0: workers run when main waits
If ($signal.wait())
	ALERT("total "+String(Storage.exchange.total))  // 1+4+9+16+25 = 55
	ALERT(Storage.exchange.log.join(", "))
End if
ALERT("from "+$signal.from)  // consumer
KILL WORKER("producer")
KILL WORKER("consumer")
