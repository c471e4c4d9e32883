// test: --mode remote --user Administrator
// GET USER LIST, GET GROUP LIST, properties, creation, deletion (docs/session.md §7.8–7.12).
ARRAY TEXT($names; 0)
ARRAY LONGINT($ids; 0)
GET USER LIST($names; $ids)
For ($i; 1; Size of array($names))
	ALERT(String($ids{$i})+" "+$names{$i})
End for 
GET GROUP LIST($groups; $gids)
For ($i; 1; Size of array($groups))
	ALERT(String($gids{$i})+" "+$groups{$i})
End for 
GET USER PROPERTIES(5; $name; $startup; $password; $nbLogin; $lastLogin; $memberships)
ALERT($name+" starts "+$startup+"; password ["+$password+"]; groups "+String(Size of array($memberships))+": "+String($memberships{1}))
GET GROUP PROPERTIES(15002; $gname; $owner; $members)
ALERT($gname+" members: "+String($members{1})+", "+String($members{2}))
// Create a user in Audit, then delete it.
ARRAY LONGINT($in; 1)
$in{1}:=15004
$id:=-1
$new:=Set user properties($id; "Dora"; ""; "dora-pass"; 0; !00-00-00!; $in)
ALERT("Dora is "+String($new)+" (id variable: "+String($id)+")")
ALERT("Dora in Audit: "+String(User in group("Dora"; "Audit"))+"; password ok: "+String(Validate password("Dora"; "dora-pass"))+", wrong: "+String(Validate password("dora"; "DORA-PASS")))
DELETE USER($new)
ALERT("deleted: "+String(Is user deleted($new))+"; never existed: "+String(Is user deleted(99))+"; Bob: "+String(Is user deleted(4)))
// A new group with Bob and Cleo.
ARRAY LONGINT($m; 2)
$m{1}:=4
$m{2}:=5
$g:=-1
ALERT("new group "+String(Set group properties($g; "Reviewers"; 0; $m)))
ALERT("Bob reviews: "+String(User in group("Bob"; "Reviewers"))+"; Ann: "+String(User in group("Ann"; "Reviewers")))
