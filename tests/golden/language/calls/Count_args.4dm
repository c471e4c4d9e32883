// helper
$0:=Count parameters
