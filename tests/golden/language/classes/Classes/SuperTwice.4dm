// 4d/docs docs/commands/super.md: Super() called on an object whose
// superclass constructor has already been called is error -10746.
Class extends Rectangle

Class constructor($side : Integer)
	Super($side; $side)
	Super($side; $side)
