// test: --mode remote --user Administrator --license "4D Write license=2"
// The group loses the plug-in; the licence a member took stays attached to the
// account for the session (seed), and still counts against the pool.
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT("Ann holds: "+String(Is license available(4D Write license)))
CHANGE CURRENT USER("Administrator"; "")
SET PLUGIN ACCESS(4D Write license; "Audit")
ALERT("write: "+Get plugin access(4D Write license))
// Bob (Staff, not Audit) is no longer eligible: no licence for him.
CHANGE CURRENT USER("Bob"; "")
ALERT("Bob: "+String(Is license available(4D Write license)))
// Ann still holds hers, but she is not in Audit: it answers False (docs/session.md §6).
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT("Ann: "+String(Is license available(4D Write license)))
// The group gets the plug-in back: Ann's licence is usable again, no new one taken.
CHANGE CURRENT USER("Administrator"; "")
SET PLUGIN ACCESS(4D Write license; "Writers")
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT("Ann again: "+String(Is license available(4D Write license)))
