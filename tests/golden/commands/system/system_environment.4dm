// System Environment in a headless fourd run (4d/docs docs/commands/is-macos.md,
// is-windows.md, current-machine.md, current-system-user.md,
// commands-legacy/system-info.md, get-system-format.md, font-list.md,
// screen-width.md, count-screens.md, select-rgb-color.md); fourd's values are
// in docs/environment.md.
ALERT(String(Is macOS)+" "+String(Is Windows))  // False False
ALERT(Current machine+" "+Current system user)  // fourd fourd
$info:=System info
ALERT($info.osVersion+" "+$info.osLanguage+" "+$info.machineName+" "+$info.accountName+" "+String($info.cores))  // Linux en fourd fourd 1
ALERT(String($info.networkInterfaces.length)+" "+String($info.volumes.length))  // 0 0
// GET SYSTEM FORMAT: US English.
$all:=""
For ($f; 0; 19)
	GET SYSTEM FORMAT($f; $value)
	$all:=$all+"|"+$value
End for
ALERT($all)  // |.|,|$|h:mm a|h:mm:ss a|h:mm:ss a z|M/d/yy|MMM d, y|MMMM d, y|||||/|:|2|1|3|AM|PM
GET SYSTEM FORMAT(Decimal separator; $dec)
GET SYSTEM FORMAT(Thousand separator; $thou)
ALERT($dec+$thou)  // .,
// No fonts, no screen.
FONT LIST($fonts)
ALERT(String(Size of array($fonts))+" "+String(Screen width)+" "+String(Screen height)+" "+String(Count screens)+" "+String(Menu bar height))  // 0 0 0 0 0
SCREEN COORDINATES($left; $top; $right; $bottom)
ALERT(String($left+$top+$right+$bottom))  // 0
// A dialog is answered as cancelled: -1 and OK 0.
$color:=Select RGB color(0x00FF0000; "Pick")
ALERT(String($color)+" "+String(OK))  // -1 0
