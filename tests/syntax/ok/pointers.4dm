$p:=->$x
$v:=$p->
$p->:=1
$v:=$p->prop
$v:=$p->[0]
$v:=$p->{1}
$v:=$p->[[1]]
$v:=$p->{$p2->}
$v:=$pp->->
$v:=($p->%4)=0
$b:=Self->=1
$v:=(Get pointer("x"))->
(Get pointer("x"))->:=2
$v:=OBJECT Get pointer(Object current)->
$v:=$obj.ptr->
$v:=$p->length
