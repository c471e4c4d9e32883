// The class stores and session singletons, as 4d/docs
// docs/Concepts/classes.md ("Class stores", "Singleton classes") and
// docs/API/ClassClass.md describe them.
// classes.md, "4D": OB Keys(4D) lists the built-in classes; OB Keys(cs) the user classes.
ALERT(String(OB Keys(4D).indexOf("Object")>=0)+" "+String(OB Keys(cs).indexOf("Person")>=0))  // True True
// A session singleton: one instance for the session (fourd runs one session).
$myList:=cs.ItemInventory.me.itemList
cs.ItemInventory.me.addItem({name: "pen"})
ALERT(String($myList.length))  // 1: the same instance, the same list
// "Session singletons are automatically shared singletons".
ALERT(String(cs.ItemInventory.isSingleton)+" "+String(cs.ItemInventory.isSessionSingleton)+" "+String(cs.ItemInventory.isShared))  // True True True
ALERT(String(OB Is shared(cs.ItemInventory.me)))  // True
// "property" note: a collection initialized in a shared class is shared.
ALERT(String(OB Is shared($myList)))  // True
