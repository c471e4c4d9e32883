// GET PROCESS VARIABLE, SET PROCESS VARIABLE, VARIABLE TO VARIABLE, and
// interprocess variables (4d/docs docs/commands/get-process-variable.md,
// set-process-variable.md, variable-to-variable.md; docs/Concepts/variables.md:
// process variables belong to their process, interprocess ones are shared).
<>shared:="set by main"
vtCurStatus:="main's status"
CALL WORKER("statusWorker"; "pvWorker"; "start")
DELAY PROCESS(Current process; 1)
$vlProcess:=Process number("statusWorker")
// Example 1: vtCurStatus of the other process into vtInfo of this one.
GET PROCESS VARIABLE($vlProcess; vtCurStatus; vtInfo)
ALERT(vtInfo)  // worker's status
// Example 2: into a local variable.
GET PROCESS VARIABLE($vlProcess; vtCurStatus; $vtInfo)
ALERT($vtInfo)  // worker's status
ALERT(vtCurStatus)  // main's status: each process has its own instance
// Example 4: elements of a process array, one by one.
GET PROCESS VARIABLE($vlProcess; vl_IPCom_Array; $vlSize)
For ($vlElem; 1; $vlSize)
	GET PROCESS VARIABLE($vlProcess; at_IPCom_Array{$vlElem}; $vtElem)
	ALERT(String($vlElem)+": "+$vtElem)
End for
// Example 5: the whole array.
ARRAY TEXT($anArray; 0)
GET PROCESS VARIABLE($vlProcess; at_IPCom_Array; $anArray)
ALERT(String(Size of array($anArray)))  // 3
// Example 6: several pairs, into the same variables of this process.
GET PROCESS VARIABLE($vlProcess; v1; v1; v2; v2)
ALERT(String(v1)+" "+v2)  // 10 ten
// SET PROCESS VARIABLE: write the worker's instance, then let it report.
SET PROCESS VARIABLE($vlProcess; vtCurStatus; "changed by main"; v1; v1*2)
VARIABLE TO VARIABLE($vlProcess; v2; vtInfo)
CALL WORKER("statusWorker"; "pvWorker"; "report")
DELAY PROCESS(Current process; 1)
// A process that does not exist: no effect.
vtInfo:="untouched"
GET PROCESS VARIABLE(999; vtCurStatus; vtInfo)
ALERT(vtInfo)  // untouched
KILL WORKER("statusWorker")
