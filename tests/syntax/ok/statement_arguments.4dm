// APPLY TO SELECTION's statement may be an assignment
// (4d/docs docs/commands/apply-to-selection.md, example: [Employees]Last Name:=Uppercase([Employees]Last Name)).
APPLY TO SELECTION([Employees:1];[Employees:1]Last Name:=Uppercase([Employees:1]Last Name))
APPLY TO SELECTION([Employees:1];[Employees:1]Salary*=1.05)
$f:=Formula($1.total+=$1.value)
