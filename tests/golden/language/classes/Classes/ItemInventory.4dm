// 4d/docs docs/Concepts/classes.md, "Singleton classes", session singleton example.
property itemList : Collection:=[]

session singleton Class constructor()

shared Function addItem($item : Object)
	This.itemList.push($item)
