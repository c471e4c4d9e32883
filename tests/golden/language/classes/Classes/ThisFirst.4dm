// 4d/docs docs/commands/super.md: This before Super() in a derived
// constructor is error -10743. Here Super() is called only for a side
// greater than 0, so new(0) reaches This first.
Class extends Rectangle

Class constructor($side : Integer)
	If ($side>0)
		Super($side; $side)
	End if
	This.name:="ThisFirst"
