//%attributes = {}
// fib: recursive fib(20) -- function-call overhead. fib is the project method fib.4dm.
var $r : Integer
$r:=fib(20)
LOG EVENT(Into system standard outputs; String($r)+"\n")
