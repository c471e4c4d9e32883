// 4d/docs docs/commands/super.md: This before Super() in a derived
// constructor is error -10743.
Class extends Rectangle

Class constructor($side : Integer)
	This.name:="ThisFirst"
	Super($side; $side)
