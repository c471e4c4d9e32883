// 4d/docs docs/Concepts/classes.md, "Singleton classes", process singleton
singleton Class constructor()
	This.tag:=Random
