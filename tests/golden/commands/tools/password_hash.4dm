// Generate password hash and Verify password hash (4d/docs
// docs/commands/generate-password-hash.md, verify-password-hash.md).
var $options : Object
$options:=New object("algorithm"; "bcrypt"; "cost"; 4)
$hash:=Generate password hash("my secret"; $options)
ALERT(Substring($hash; 1; 7)+" "+String(Length($hash)))  // $2b$04$ 60
ALERT(String(Verify password hash("my secret"; $hash))+" "+String(Verify password hash("not it"; $hash)))  // True False
// Each hash has its own salt.
ALERT(String(Generate password hash("my secret"; $options)#$hash))  // True
// Errors 850 (algorithm), 852 (cost), 851 (a damaged hash).
ON ERR CALL("Show_Error")
$h:=Generate password hash("x"; New object("algorithm"; "md5"))
$h:=Generate password hash("x"; New object("cost"; 3))
$ok:=Verify password hash("x"; "$2b$04$broken")
$ok:=Verify password hash("x"; "plain")
ON ERR CALL("")
