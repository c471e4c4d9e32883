// helper
// The docs' MyMethod1: a method returning an object, followed by .a
#DECLARE -> $o : Object
$o:=New object("a"; 10; "b"; 20)
