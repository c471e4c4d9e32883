// Pointers (docs/language.md §13.1; 4d/docs docs/Concepts/dt_pointer.md,
// parameters.md "Values or references").
var $p : Pointer
$x:="williams"
ptr_upper(->$x)
ALERT($x)  // WILLIAMS: written through the pointer
$p:=->$x
$p->:=$p->+"!"
ALERT($x+" "+String($p=->$x))  // WILLIAMS! True: pointers to the same variable are equal
gName:="process"
$p:=->gName
ALERT($p->)  // process
<>gShared:=1
$p:=-><>gShared
$p->:=$p->+1
ALERT(String(<>gShared))  // 2
// Pointers to objects and collections: ->prop, ->[i].
var vObj : Object
vObj:=New object
vObj.a:=10
var vPtr : Pointer
vPtr:=->vObj
ALERT(String(vPtr->a))  // 10: the docs' example
vPtr->b:=20
vPtr->["c"]:=30
ALERT(JSON Stringify(vObj))  // {"a":10,"b":20,"c":30}
$col:=New collection(1; 2; 3)
$pc:=->$col
$pc->[1]:=99
ALERT(JSON Stringify($col)+" "+String($pc->[2])+" "+String($pc->length))  // [1,99,3] 3 3
// Pointers to arrays and array elements.
ARRAY TEXT($names; 2)
$names{1}:="a"
ALERT(String(ptr_array_size(->$names))+" "+$names{3})  // 3 added
$pa:=->$names
ALERT($pa->{1}+String(Size of array($pa->)))  // a3
$pe:=->$names{2}
$pe->:="second"
ALERT($names{2})  // second
// A pointer to a local of a method that has returned is -30006.
$dead:=ptr_local
ALERT(String(Try($dead->))+" "+String(Last errors[0].errCode))  // -30006
// Nil pointers.
var $nil : Pointer
ALERT(String(Is nil pointer($nil))+" "+String(Is nil pointer($p))+" "+String($nil=Null))  // True False True
ALERT(String(Try($nil->))+" "+String(Last errors[0].errCode))  // -30006
// Get pointer builds a pointer to a process variable by name.
ALERT(Get pointer("gName")->)  // process
// Type and Value type through a pointer.
ALERT(String(Type($p->))+" "+String(Value type($pa->{1})))  // 1 2
