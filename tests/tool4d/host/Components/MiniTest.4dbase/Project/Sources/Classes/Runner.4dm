// A minimal test runner, a stand-in for a component test framework (fourd's
// own, for its tests). It runs every test_ function of the host classes
// whose name ends in Test, found in the host's source with METHOD GET CODE
// and *, and prints a JSON summary.
property hostStore : Object
property results : Collection

Class constructor($hostStore : Object)
	This.hostStore:=$hostStore
	This.results:=[]

Function run() : Object
	var $names : Collection
	$names:=[]
	var $name : Text
	For each ($name; This.hostStore)
		// A component's namespace (cs.MiniTest) is in the store too: classes only.
		If ($name="@Test") && (OB Instance of(This.hostStore[$name]; 4D.Class))
			$names.push($name)
		End if
	End for each
	For each ($name; $names.orderBy())
		This._runClass($name)
	End for each
	var $failed : Integer
	$failed:=This.results.filter(Formula(Not($1.value.passed))).length
	// Without *, METHOD GET CODE reads the component's own code.
	var $own : Text
	METHOD GET CODE("[class]/Checker"; $own)
	var $summary : Object
	$summary:={tests: This.results.length; passed: This.results.length-$failed; failed: $failed; component: MiniTest_name; readsOwnCode: Position("Function isTrue"; $own)>0; results: This.results}
	LOG EVENT(Into system standard outputs; JSON Stringify($summary)+"\n"; Information message)
	return $summary

Function _runClass($className : Text)
	var $code : Text
	METHOD GET CODE("[class]/"+$className; $code; *)
	var $instance : Object
	$instance:=This.hostStore[$className].new()
	var $line; $function : Text
	For each ($line; Split string($code; Char(Carriage return)))
		If ($line="Function test_@")
			$function:=Substring($line; 10)
			$function:=Substring($function; 1; Position("("; $function)-1)
			This._runTest($className; $instance; $function)
		End if
	End for each

Function _runTest($className : Text; $instance : Object; $function : Text)
	// cs here is the component's own class store.
	var $t : Object
	$t:=cs.Checker.new()
	$instance[$function].call($instance; $t)
	This.results.push({suite: $className; name: $function; passed: $t.failures.length=0; failures: $t.failures})
