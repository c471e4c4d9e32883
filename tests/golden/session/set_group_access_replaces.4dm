// test: --mode remote --user Ann --password ann-pass
// SET GROUP ACCESS (seed): "It resets any former group membership and sets the
// new memberships to the listed groups … if a group name does not exist, it is
// ignored. If you pass an empty collection, the 4D user account will no longer
// belong to any group."
ALERT(JSON Stringify(Get group access))
SET GROUP ACCESS(New collection("Audit"; "No such group"; "admin"))
ALERT(JSON Stringify(Get group access))
ALERT("Staff: "+String(User in group("Ann"; "Staff"))+", Audit: "+String(User in group("Ann"; "Audit")))
// Names match without regard to case; duplicates collapse; non-texts are ignored.
SET GROUP ACCESS(New collection("STAFF"; "staff"; 42))
ALERT(JSON Stringify(Get group access))
// Nested groups still apply on top of the list: Staff is in Editors, in Writers.
ALERT("Writers: "+String(User in group("Ann"; "Writers")))
SET GROUP ACCESS(New collection())
ALERT(JSON Stringify(Get group access))
ALERT("Staff: "+String(User in group("Ann"; "Staff")))
// The directory itself is untouched: Bob is still in Staff.
ALERT("Bob in Staff: "+String(User in group("Bob"; "Staff")))
