// Local, process and interprocess variables (docs/language.md §10; 4d/docs
// versioned_docs/version-20-R8/Concepts/variables.md).
$x:="caller's"
gCounter:=1
<>shared:="hi"
ALERT(scope_helper)  // helper's own / 2: the helper sees the process variable
ALERT($x+" "+String(gCounter)+" "+<>shared)  // caller's 2 hi!: locals stay local, globals are shared
ALERT(scope_helper+" "+<>shared)  // helper's own / 3 hi!!
// ◊ is the old spelling of <>.
ALERT(◊shared)  // hi!!
// Names are case-insensitive.
$Mixed:=1
$mixed:=$MIXED+1
ALERT(String($mIxEd)+" "+String(GCOUNTER))  // 2 3
// Process and interprocess variables are separate namespaces.
same:="process"
<>same:="interprocess"
ALERT(same+" "+<>same)  // process interprocess
// A variable created by assignment in a loop lives on after it.
For ($i; 1; 2)
	$inLoop:=$i*10
End for
ALERT(String($inLoop))  // 20
// System variables: OK, Error and friends are process variables.
ALERT(String(Error))  // 0: no error yet
