//%attributes = {"preemptive":"capable","invisible":true}
// A capable method may call thread-safe commands and safe methods; code
// between //%T- and //%T+ is not checked.
ALERT("safe")
My Method(1)
$t:=String(42)
//%T-
SET PLUGIN ACCESS(4D Write license; "Writers")
Unsafe Helper
$x:=<>shared
//%T+
$y:=1
