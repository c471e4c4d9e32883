// test: --mode remote --user Ann --password ann-pass --license "4D Write license=1"
// SET PLUGIN ACCESS (seed): "Used licenses will remain attached to 4D user
// accounts in group for the whole session, even if they change memberships or
// if the group loses its plug-in access rights." Session.md §6 worked example:
// Ann takes the only licence at login; Cleo, eligible too, gets none.
ALERT(Current user+": "+String(Is license available(4D Write license)))
CHANGE CURRENT USER("Cleo"; "")
ALERT(Current user+": "+String(Is license available(4D Write license)))
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT(Current user+": "+String(Is license available(4D Write license)))
