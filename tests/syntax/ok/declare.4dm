// Comments and blank lines may come before #DECLARE.

#DECLARE($name : Text; $n : Integer) -> $result : Text
$result:=$name*$n
