//%attributes = {"preemptive":"incapable"}
SET PLUGIN ACCESS(4D Write license; "Writers")
$x:=<>shared
