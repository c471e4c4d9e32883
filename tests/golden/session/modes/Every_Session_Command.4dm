// helper
// Every session command of docs/session.md §7, run once; a refused call prints its
// error code. The same method runs in local, remote and server mode (the
// scripts beside it), so their outputs differ exactly where the modes do.
var $e : Collection
ALERT("Application type: "+String(Application type))
ALERT("Current user: "+Current user+" ("+Current user(4D user account)+")")
// Users and groups.
ARRAY TEXT($names; 0)
ARRAY LONGINT($ids; 0)
GET USER LIST($names; $ids)
ALERT("users: "+String(Size of array($names)))
GET GROUP LIST($names; $ids)
ALERT("groups: "+String(Size of array($names)))
GET USER PROPERTIES(3; $name; $startup; $password; $logins; $last; $memberships)
ALERT("user 3: "+$name+" in "+String(Size of array($memberships))+" group(s)")
GET GROUP PROPERTIES(15001; $gname; $owner; $members)
ALERT("group 15001: "+$gname+" with "+String(Size of array($members))+" member(s)")
ALERT("Bob in Writers (nested): "+String(User in group("Bob"; "Writers")))
ALERT("Ann's password: "+String(Validate password("Ann"; "ann-pass")))
// Managing users needs the Designer or the Administrator (-9949 otherwise).
ARRAY LONGINT($in; 0)
Try
	$id:=-1
	$new:=Set user properties($id; "Eve"; ""; "eve-pass"; 0; !00-00-00!; $in)
	ALERT("Eve is user "+String($new))
	$gid:=-1
	ALERT("new group "+String(Set group properties($gid; "Night shift"; 0; $in)))
	DELETE USER($new)
	ALERT("Eve deleted: "+String(Is user deleted($new)))
Catch
	$e:=Last errors
	ALERT("managing users refused: "+String($e[0].errCode))
End try
// Group access: refused on a server (67), nothing changed.
ALERT("groups before: "+JSON Stringify(Get group access))
Try
	SET GROUP ACCESS(New collection("Audit"))
Catch
	$e:=Last errors
	ALERT("SET GROUP ACCESS refused: "+String($e[0].errCode))
End try
ALERT("groups after: "+JSON Stringify(Get group access))
Try
	SET GROUP ACCESS
Catch
	$e:=Last errors
	ALERT("SET GROUP ACCESS (restore) refused: "+String($e[0].errCode))
End try
// Alias: refused on a server (67).
Try
	SET USER ALIAS("Night owl")
	ALERT("alias: "+Current user(4D user alias))
	SET USER ALIAS("")
Catch
	$e:=Last errors
	ALERT("SET USER ALIAS refused: "+String($e[0].errCode))
End try
// Plug-ins and licences.
// Binding a plug-in to a group needs the Designer or the Administrator too.
Try
	SET PLUGIN ACCESS(4D Write license; "Writers")
Catch
	$e:=Last errors
	ALERT("SET PLUGIN ACCESS refused: "+String($e[0].errCode))
End try
ALERT("4D Write group: "+Get plugin access(4D Write license))
ARRAY LONGINT($plugins; 0)
PLUGIN LIST($plugins; $pnames)
ALERT("plug-ins: "+String(Size of array($plugins)))
ALERT("4D Write licence: "+String(Is license available(4D Write license)))
// CHANGE CURRENT USER last: it resets the session's group access.
CHANGE CURRENT USER("Bob"; "")
ALERT("now: "+Current user)
