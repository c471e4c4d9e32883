// Hostile: a constructor that makes another instance of its class.
Class constructor
	This.next:=cs.Recurse.new()
