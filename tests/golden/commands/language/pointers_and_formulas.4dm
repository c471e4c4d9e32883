// RESOLVE POINTER, Is a variable, Self, EXECUTE FORMULA, Command name
// (4d/docs docs/commands-legacy/resolve-pointer.md, is-a-variable.md,
// self.md, execute-formula.md, command-name.md).
// RESOLVE POINTER, Example 1: the name of a process variable.
v12:=""
RESOLVE POINTER(->v12; $vsVarName; $vlTableNum; $vlFieldNum)
$vlVarNum:=Num(Substring($vsVarName; 2))
ALERT($vsVarName+" "+String($vlVarNum)+" "+String($vlTableNum)+" "+String($vlFieldNum))  // v12 12 -1 -1
// Example 4: an element of a two-dimensional array.
ARRAY TEXT(atCities; 100; 50)
var $city : Pointer
atCities{1}{2}:="Rome"
atCities{1}{5}:="Paris"
atCities{2}{6}:="New York"
$city:=->atCities{1}{5}
RESOLVE POINTER($city; $var; $rowNum; $colNum)
ALERT($var+" "+String($rowNum)+" "+String($colNum)+" "+$city->)  // atCities 1 5 Paris
// An array, an element, an interprocess variable, a nil pointer.
ARRAY LONGINT(alCounts; 3)
RESOLVE POINTER(->alCounts; $var; $rowNum; $colNum)
ALERT($var+" "+String($rowNum)+" "+String($colNum))  // alCounts -1 -1
RESOLVE POINTER(->alCounts{2}; $var; $rowNum; $colNum)
ALERT($var+" "+String($rowNum)+" "+String($colNum))  // alCounts 2 -1
<>shared:=1
RESOLVE POINTER(->(<>shared); $var; $rowNum; $colNum)
ALERT($var)  // <>shared
var $nil : Pointer
RESOLVE POINTER($nil; $var; $rowNum; $colNum)
ALERT("["+$var+"] "+String($rowNum)+" "+String($colNum))  // [] 0 0
ALERT(String(Is a variable(->v12))+" "+String(Is a variable($nil)))  // True False
// Self: no form object runs in a headless run.
ALERT(String(Is nil pointer(Self)))  // True
// EXECUTE FORMULA: one line of code, with process variables.
vResult:=0
EXECUTE FORMULA("vResult:=Length(\"four\")+1")
ALERT(String(vResult))  // 5
EXECUTE FORMULA("")  // does nothing
EXECUTE FORMULA("ALERT(\"from a formula: \"+String(vResult*2))")  // from a formula: 10
// Command name, Example 3: the name, thread safety and theme by number.
$name:=Command name(53; $threadsafe; $theme)
ALERT($name+" "+String($threadsafe ?? 0)+" "+$theme+" "+String(OK))  // SAVE RECORD True Records 1
ALERT(Command name(1)+", "+Command name(2)+", "+Command name(4)+", "+Command name(3))  // Example 2: Sum, Average, Min, Max
$name:=Command name(99999)
ALERT("["+$name+"] "+String(OK))  // [] 0
ALERT(Command name(41; $threadsafe)+" "+String($threadsafe))  // ALERT 1: thread-safe
