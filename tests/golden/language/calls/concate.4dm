// helper
// The docs' concate: missing arguments arrive as their type's default.
#DECLARE($param1 : Text; $param2 : Text)->$result : Text
$result:=$param1+" "+$param2
