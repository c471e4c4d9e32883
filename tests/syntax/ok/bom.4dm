//%attributes = {"lang":"en"}
$a:=1
