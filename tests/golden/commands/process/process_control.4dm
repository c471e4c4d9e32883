// DELAY PROCESS, PAUSE PROCESS, RESUME PROCESS, ABORT PROCESS BY ID, Process
// aborted, IDLE, and ON ERR CALL per process (4d/docs
// docs/commands/delay-process.md, pause-process.md, resume-process.md,
// abort-process-by-id.md, process-aborted.md, idle.md, on-err-call.md:
// "the error-handling method is installed for the current process").
// Two workers take turns: each message runs to its end, in process-number order.
CALL WORKER("ping"; "ctlLog"; "ping 1")
CALL WORKER("pong"; "ctlLog"; "pong 1")
CALL WORKER("ping"; "ctlLog"; "ping 2")
CALL WORKER("pong"; "ctlLog"; "pong 2")
ALERT("main before IDLE")
IDLE
ALERT("main after IDLE")
// A paused process does not run until resumed.
$p:=New process("ctlLog"; 0; "paused one"; "paused one ran")
PAUSE PROCESS($p)
ALERT("state "+String(Process state($p)))  // 5 Paused
DELAY PROCESS(Current process; 10)
ALERT("still "+String(Process state($p)))  // 5: it did not run
RESUME PROCESS($p)
DELAY PROCESS(Current process; 1)
ALERT("now "+String(Process state($p)))  // -1: it ran and ended
// A process aborted before it ran never runs.
$q:=New process("ctlLog"; 0; "aborted one"; "never printed")
ABORT PROCESS BY ID($q)
DELAY PROCESS(Current process; 1)
ALERT("aborted "+String(Process state($q)))  // -1
// ON ERR CALL belongs to the process that installed it.
ON ERR CALL("ctlHandler")
CALL WORKER("guarded"; "ctlGuarded")
DELAY PROCESS(Current process; 1)
ON ERR CALL("")
ALERT(String(Process aborted))  // False
// "duration is expressed in ticks" (60 a second): the virtual clock shows it.
$t:=Milliseconds
DELAY PROCESS(Current process; 60)
ALERT(String((Milliseconds-$t)>=1000))  // True
KILL WORKER("ping")
KILL WORKER("pong")
KILL WORKER("guarded")
