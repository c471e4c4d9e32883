//%attributes = {"preemptive":"incapable"}
// A method that is not preemptive-capable may call it.
SET PLUGIN ACCESS(4D View license; "Staff")
ALERT("view: "+Get plugin access(4D View license))
