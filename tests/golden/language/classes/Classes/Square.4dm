// 4d/docs docs/commands/super.md, examples 1 and 2
Class extends Rectangle

Class constructor($side : Integer)
	Super($side; $side)
	This.name:="Square"

Function description() : Text
	return Super.nbSides()+" which are all equal"
