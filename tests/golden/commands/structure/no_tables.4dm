// 4d/docs docs/commands-legacy/get-last-table-number.md: "returns the highest table
// number among the tables in the database"; "If no table has been deleted from the
// database, this command then returns the number of tables present" — a project
// without a catalog has no table, so 0, and the page's loop runs no pass.
var $n : Integer
$n:=Get last table number
ARRAY TEXT(asTables; $n)
If ($n>0)
	ALERT("never")
End if
// docs/commands-legacy/is-table-number-valid.md: True only for a table that exists.
LOG EVENT(Into system standard outputs; String($n)+" "+String(Size of array(asTables))+" "+String(Is table number valid(1))+"\n")
