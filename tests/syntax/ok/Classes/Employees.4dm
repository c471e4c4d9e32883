// 4d/docs docs/ORDA/entities.md, "Function event restrict":
// Function event restrict() -> $result : cs.*DataClassName*Selection
Class extends DataClass

Function event restrict() : cs.EmployeesSelection
	return This.query("active = true")
