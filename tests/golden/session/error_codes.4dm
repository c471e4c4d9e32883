// test: --mode remote --user Bob
// Every error of the users-and-groups theme (docs/session.md §10); each is caught,
// and a failed call changes nothing.
ON ERR CALL("Show_Error")
CHANGE CURRENT USER("Nobody"; "")
ALERT(Current user)
CHANGE CURRENT USER("Ann"; "wrong")
ALERT(Current user)
// Bob is neither the Designer nor the Administrator: -9949, the binding stays.
SET PLUGIN ACCESS(4D Write license; "Audit")
ALERT("write: "+Get plugin access(4D Write license))
DELETE USER(3)
ALERT("Ann deleted: "+String(Is user deleted(3)))
// Wrong argument count or type: -30008.
SET PLUGIN ACCESS(4D Write license)
SET PLUGIN ACCESS("Writers"; 4D Write license)
User in group("Ann")
CHANGE CURRENT USER("Ann")
SET GROUP ACCESS("Staff")
GET USER PROPERTIES(99; $name; $startup; $password; $nb; $last)
ON ERR CALL("")
ALERT("done")
