// New process, Current process, Process state, Process number, Process info,
// PROCESS PROPERTIES, Count tasks, Count user processes
// (4d/docs docs/commands/new-process.md, current-process.md, process-state.md,
// process-number.md, process-info.md, process-properties.md, count-tasks.md).
ALERT(String(Current process))  // 1: the main process
// "New process ... returns the process number"; the process runs when the
// running one waits (docs/processes.md).
$vlProcessID:=New process("procGreet"; 0; "Adding Customers"; "hello"; New object("n"; 1))
ALERT(String($vlProcessID))  // 2
ALERT(String(Process state($vlProcessID)))  // 0 Executing (not started yet)
ALERT(String(Process number("Adding Customers")))  // 2
// "*": a process with that name is running: no new one, its number.
$again:=New process("procGreet"; 0; "Adding Customers"; "again"; *)
ALERT(String($again))  // 2
ALERT(String(Count tasks)+" "+String(Count user processes))  // 2 1
DELAY PROCESS(Current process; 5)
ALERT(String(Process state($vlProcessID)))  // -1 Aborted: it has ended
ALERT(String(Process state(99)))  // -100 Does not exist
ALERT(String(Process number("Adding Customers")))  // 0: no live process has the name
ALERT(String(Count tasks)+" "+String(Count user processes))  // 2 0
// process-properties.md, Example 1 and Example 3.
var vName : Text
var vState : Integer
var vTimeSpent : Integer
PROCESS PROPERTIES(Current process; vName; vState; vTimeSpent)
ALERT(vName+" "+String(vState))  // Main process 0
var vFlags : Integer
var vTime : Integer
PROCESS PROPERTIES($vlProcessID; vName; vState; vTime; vFlags; $unique; $origin)
ALERT(vName+" "+String(vState)+" "+String(vFlags?? 0)+" "+String(vFlags?? 1)+" "+String($unique)+" "+String($origin))  // Adding Customers -1 True False 2 4
// A number no process has leaves the variables unchanged.
vName:="unchanged"
PROCESS PROPERTIES(50; vName; vState; vTime)
ALERT(vName)
// process-info.md: "You want to know if the process is preemptive".
var $preemptive : Boolean
$preemptive:=Process info(Current process).preemptive
ALERT(String($preemptive))  // False
$info:=Process info($vlProcessID)
ALERT($info.name+" "+String($info.number)+" "+String($info.type)+" "+String($info.state)+" "+String($info.visible))  // Adding Customers 2 4 -1 True
ALERT(String(Process info(77)=Null))  // True: "an incorrect process number ... returns a null object"
// Parameters: objects are copied into the new process (new-process.md).
$o:=New object("n"; 1)
$p:=New process("procBump"; 0; "bump"; $o)
DELAY PROCESS(Current process; 1)
ALERT(String($o.n))  // 1: the process changed its copy
// A method that does not exist.
Try
	New process("noSuchMethod"; 0; "x")
Catch
	ALERT(String(Last errors[0].errCode))  // -30007
End try
