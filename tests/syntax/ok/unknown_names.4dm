// Names fourd does not know are warnings: they may belong to a component or
// a plug-in that fourd does not load.
SearchPicker SET HELP TEXT("x"; "y")
Component_Method($a)
OT New
$o:=OT New
$v:=someProcessVariable
$d:=Current date foo
