// helper
// Arrays go to methods through pointers.
#DECLARE($p : Pointer) -> $n : Integer
$n:=Size of array($p->)
