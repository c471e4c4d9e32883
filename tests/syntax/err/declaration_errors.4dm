var $a; $b : Integer:=15
var $c : Blah
var $d :
var
#DECLARE($e : Nope)
