// test: --mode remote --user Ann --password ann-pass --license "4D Write license=1"
// SET GROUP ACCESS (seed): "When a group membership provides access to a
// serialized feature (e.g. a plug-in), a corresponding license is used and will
// remain attached to the 4D user account until the end of the session, even if
// the SET GROUP ACCESS command is called and group membership cancelled."
// Ann is in Writers through Staff and Editors: at login she takes the licence.
ALERT("Ann in Writers: "+String(User in group(Current user(4D user account); "Writers")))
ALERT("licence: "+String(Is license available(4D Write license)))
SET GROUP ACCESS(New collection("Audit"))
ALERT("Ann in Writers: "+String(User in group(Current user(4D user account); "Writers")))
// Still held: the only licence is not given back, so nobody else can take it.
CHANGE CURRENT USER("Cleo"; "")
ALERT("Cleo in Writers: "+String(User in group(Current user(4D user account); "Writers"))+", licence: "+String(Is license available(4D Write license)))
