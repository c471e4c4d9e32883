// 4d/docs docs/ORDA/ordaClasses.md, "Alias attributes": {exposed} Alias <attributeName> <targetPath>
Class extends Entity

exposed Alias managerName manager.name
Alias bossName manager.manager.name

// 4d/docs docs/ORDA/orda-events.md: Function event <event> {<attributeName>}(…)
Function event touched($event : Object)
	This.touchedCount:=1

Function event touched salary($event : Object)
	This.salaryTouched:=True

Function event validateSave($event : Object) : Object
	return {}
