// The seed's example: "You want to promote the current user to the admin and
// plugins groups for the session", with the documented idiom of Get group access.
// Single-user (local) mode: the account is the Designer.
$groups:=New collection("admin"; "plugins")
SET GROUP ACCESS($groups)
ALERT(Current user+": "+JSON Stringify(Get group access))
If (Get group access.countValues("plugins")#0)
	ALERT("plugins: yes")
End if 
ALERT("in admin: "+String(User in group(Current user; "admin")))
