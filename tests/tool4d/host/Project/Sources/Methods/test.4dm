//%attributes = {}
// The host's test method, as a 4D team writes it for tool4d: the runner of
// the MiniTest component (a stand-in for a test framework, written for
// fourd's tests) gets the host's class store and runs its *Test classes.
var $summary : Object
$summary:=cs.MiniTest.Runner.new(cs).run()
// A component's classes are only reachable through its namespace.
If (OB Is defined(cs; "Checker"))
	throw({errCode: 2; message: "the host sees a component class outside its namespace"})
End if
If ($summary.failed>0)
	throw({errCode: 1; message: String($summary.failed)+" test(s) failed"})
End if
QUIT 4D
