//%attributes = {"preemptive":"capable"}
// test: expect-error
// With the call between //%T- and //%T+ the check passes; running the method as
// the entry method (a preemptive context) raises -30021 at that line.
ALERT("start")
//%T-
SET PLUGIN ACCESS(4D Write license; "Writers")
//%T+
ALERT("never printed")
