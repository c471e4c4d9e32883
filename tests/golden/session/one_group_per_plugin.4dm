// test: --mode remote --user Administrator
// SET PLUGIN ACCESS (seed): "Only one group at a time can be allowed to use a
// plug-in. When this command is executed, if another group had the plug-in
// access rights, it loses this privilege."
ALERT("write: "+Get plugin access(4D Write license))
SET PLUGIN ACCESS(4D Write license; "Editors")
ALERT("write: "+Get plugin access(4D Write license))
SET PLUGIN ACCESS(4D Write license; "Audit")
ALERT("write: "+Get plugin access(4D Write license))
// Each plug-in has its own group.
SET PLUGIN ACCESS(4D View license; "Staff")
ALERT("view: "+Get plugin access(4D View license)+", write: "+Get plugin access(4D Write license))
// "" removes the binding; an unknown group changes nothing (no error).
SET PLUGIN ACCESS(4D View license; "")
SET PLUGIN ACCESS(4D Write license; "No such group")
ALERT("view: ["+Get plugin access(4D View license)+"], write: "+Get plugin access(4D Write license))
