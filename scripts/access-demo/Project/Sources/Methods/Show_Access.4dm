//%attributes = {}
// Prints who is logged in, their groups for the session and 4D Write's state.
var $groups : Text
$groups:=Get group access.join(", ")
If ($groups="")
	$groups:="(none)"
End if 
LOG EVENT(Into system standard outputs; Current user+": groups "+$groups+"; Writers: "+String(User in group(Current user; "Writers"))+"; 4D Write licence: "+String(Is license available(4D Write license))+"\n")
