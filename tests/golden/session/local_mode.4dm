// Single-user (local) mode, the default: user management does not apply, the
// account is always the Designer, shown under its alias (docs/session.md §3.2).
ALERT(String(Application type)+" = "+String(4D Local mode))
ALERT(Current user+" / "+Current user(4D user account)+" / ["+Current user(4D user alias)+"]")
// CHANGE CURRENT USER has no effect in single-user mode: no check, no error.
CHANGE CURRENT USER("Ann"; "wrong password")
ALERT(Current user)
// SET USER ALIAS works: Current user shows the alias, the account keeps its name.
SET USER ALIAS("The Boss")
ALERT(Current user+" / "+Current user(4D user account)+" / "+Current user(4D user alias))
SET USER ALIAS("")
ALERT(Current user)
// Groups, bindings and licences still apply to the Designer.
ALERT("Designer in Staff: "+String(User in group(Current user(4D user account); "Staff")))
SET GROUP ACCESS(New collection("Writers"))
ALERT("now in Writers: "+String(User in group(Current user(4D user account); "Writers")))
