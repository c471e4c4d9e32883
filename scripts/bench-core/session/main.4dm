//%attributes = {}
// session: 20,000 iterations of SET GROUP ACCESS (a collection of 2 group
// names), User in group(Current user; "admin") and Get plugin access(4D Write
// license). Single-user project: Current user is "Designer". The groups
// "admin", "plugins" and "sales" come from Settings/directory.json beside this
// file (4D's <project root>/Settings/directory.json).
var $i; $count; $total : Integer
var $g : Text
SET PLUGIN ACCESS(4D Write license; "plugins")
$count:=0
$total:=0
For ($i; 1; 20000)
	If (($i%3)=0)
		SET GROUP ACCESS(New collection("plugins"; "sales"))
	Else
		SET GROUP ACCESS(New collection("admin"; "plugins"))
	End if
	If (User in group(Current user; "admin"))
		$count:=$count+1
	End if
	$g:=Get plugin access(4D Write license)
	$total:=$total+Length($g)
End for
LOG EVENT(Into system standard outputs; String($count)+" "+String($total)+"\n")
