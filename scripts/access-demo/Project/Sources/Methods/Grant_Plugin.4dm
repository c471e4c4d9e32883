//%attributes = {}
// Binds a plug-in to the one group allowed to use it, and says so.
#DECLARE($plugin : Integer; $group : Text)
SET PLUGIN ACCESS($plugin; $group)
LOG EVENT(Into system standard outputs; "4D Write now belongs to "+Get plugin access($plugin)+"\n")
