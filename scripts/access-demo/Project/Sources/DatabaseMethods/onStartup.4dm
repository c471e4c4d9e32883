// The session starts in 4D Remote mode as Ann (fourd.json), with one 4D Write
// licence and the users and groups of Settings/directory.json.
LOG EVENT(Into system standard outputs; "Logged in as "+Current user+" (application type "+String(Application type)+")\n")
Show_Access
// Only the Designer or the Administrator may bind a plug-in to a group.
If (Try(Grant_Plugin(4D Write license; "Writers"))=Null)
	LOG EVENT(Into system standard outputs; "Ann may not: "+Last errors[0].message+"\n")
End if 
CHANGE CURRENT USER("Administrator"; "")
Grant_Plugin(4D Write license; "Writers")
// Back to Ann: she is in Writers through Staff and Editors, so she takes the licence.
CHANGE CURRENT USER("Ann"; "ann-pass")
Show_Access
// Ann leaves every group for this session: the licence she took stays hers.
SET GROUP ACCESS(New collection())
Show_Access
// Cleo is a Writer too, but the only licence is Ann's for the whole session.
CHANGE CURRENT USER("Cleo"; "")
Show_Access
