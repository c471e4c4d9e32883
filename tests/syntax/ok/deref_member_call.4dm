// A member function called on what a pointer points to.
var $ptr : Pointer
$ptr->push(1)
$x:=$ptr->indexOf(1)+1
$y:=$ptr->query("a = :1"; 1).length
