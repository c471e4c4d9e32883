//%attributes = {"preemptive":"capable"}
SET PLUGIN ACCESS(4D Write license; "Writers")
//%T-
SET PLUGIN ACCESS(4D Write license; "Writers")
Unsafe Helper
$t:=<>shared
//%T+
SET PLUGIN ACCESS:C845(4D Write license:K44:2; "Writers")
Unsafe Helper
$u:=<>shared
ON ERR CALL("Unsafe Helper")
My Method(1)
