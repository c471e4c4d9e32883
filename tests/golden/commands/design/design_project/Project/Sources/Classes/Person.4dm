Class constructor
	This.name:=""
