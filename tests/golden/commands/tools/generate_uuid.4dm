// Generate UUID (4d/docs docs/commands/generate-uuid.md): 32 hexadecimal
// characters, version 4 by default or 7; RFC 9562's version and variant bits.
var MyUUID : Text
MyUUID:=Generate UUID
ALERT(String(Length(MyUUID))+" "+MyUUID[[13]]+" "+String(Position(MyUUID[[17]]; "89AB")>0)+" "+String(Match regex("^[0-9A-F]{32}$"; MyUUID)))  // 32 4 True True
$v7:=Generate UUID(7)
ALERT(String(Length($v7))+" "+$v7[[13]]+" "+String(Position($v7[[17]]; "89AB")>0))  // 32 7 True
// Version 7: chronological order is lexical order.
$sorted:=True
$previous:=$v7
For ($i; 1; 50)
	$next:=Generate UUID(7)
	$sorted:=$sorted & ($next>$previous)
	$previous:=$next
End for
ALERT(String($sorted)+" "+String(Generate UUID#Generate UUID))  // True True
