// test: --user-param "run 7"
// Get database parameter and SET DATABASE PARAMETER (4d/docs
// docs/commands/get-database-parameter.md, set-database-parameter.md).
var $param : Text
$r:=Get database parameter(User param value; $param)
ALERT(String($r)+" ["+$param+"]")  // 0 [run 7]
// Documented defaults.
ALERT(String(Get database parameter(Tips enabled))+" "+String(Get database parameter(Tips delay))+" "+String(Get database parameter(Tips duration)))  // 1 45 720
ALERT(String(Get database parameter(SQL Server Port ID))+" "+String(Get database parameter(Circular log limitation))+" "+String(Get database parameter(Is host database a project)))  // 19812 50 1
ALERT(String(Get database parameter(Debug log recording))+" "+String(Get database parameter(Dates inside objects)=Date type))  // 0 True
// Set, then read back.
SET DATABASE PARAMETER(Tips delay; 10)
SET DATABASE PARAMETER(Debug log recording; 2+4)
SET DATABASE PARAMETER(Log command list; "277;341")
$list:=""
$n:=Get database parameter(Log command list; $list)
ALERT(String(Get database parameter(Tips delay))+" "+String(Get database parameter(Debug log recording))+" "+String($n)+" "+$list)  // 10 6 0 277;341
// User param value set now is for the next session.
SET DATABASE PARAMETER(User param value; "next")
$r:=Get database parameter(User param value; $param)
ALERT($param)  // run 7
// Read-only selectors stay as they are.
SET DATABASE PARAMETER(Is host database a project; 0)
ALERT(String(Get database parameter(Is host database a project)))  // 1
