// The worker of process_variables.4dm: sets its process variables, or reports them.
#DECLARE($what : Text)
Case of
	: ($what="start")
		vtCurStatus:="worker's status"
		ARRAY TEXT(at_IPCom_Array; 3)
		at_IPCom_Array{1}:="one"
		at_IPCom_Array{2}:="two"
		at_IPCom_Array{3}:="three"
		vl_IPCom_Array:=Size of array(at_IPCom_Array)
		v1:=10
		v2:="ten"
	: ($what="report")
		ALERT("worker: "+vtCurStatus+", "+String(v1)+", "+v2+", "+<>shared)  // changed by main, 20, worker's status (main's vtInfo), set by main
End case
