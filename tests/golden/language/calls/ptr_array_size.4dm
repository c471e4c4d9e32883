// helper
// Arrays go to methods through pointers.
#DECLARE($a : Pointer) -> $n : Integer
APPEND TO ARRAY($a->; "added")
$n:=Size of array($a->)
