// test: expect-error
// VARIABLE TO BLOB / BLOB TO VARIABLE (4d/docs docs/commands-legacy/variable-to-blob.md,
// blob-to-variable.md) and DOCUMENT TO BLOB / BLOB TO DOCUMENT (document-to-blob.md,
// blob-to-document.md): the pages' examples — variables stored one after another with *
// and read back with an offset (Example 1), an array saved to a document and loaded
// back through a compressed BLOB (Example 2).
var vxBLOB : Blob
var $vlOffset : Integer
var $name : Text
var $when : Date
var $o : Object
var $c : Collection
ARRAY TEXT(asAnArray; 3)
asAnArray{1}:="alpha"
asAnArray{2}:="beta"
asAnArray{3}:="gamma"
ARRAY LONGINT(alAnotherArray; 2)
alAnotherArray{1}:=10
alAnotherArray{2}:=-20
$name:="Smith"
$when:=!2024-02-29!
var $p : Text
$p:="pointed"
$o:=New object("a";1;"d";!2001-01-02!;"ptr";->$p;"sub";New collection(1;"two";Null))
SET BLOB SIZE(vxBLOB;0)
VARIABLE TO BLOB($name;vxBLOB;*)
VARIABLE TO BLOB($when;vxBLOB;*)
VARIABLE TO BLOB(asAnArray;vxBLOB;*)
VARIABLE TO BLOB(alAnotherArray;vxBLOB;*)
VARIABLE TO BLOB($o;vxBLOB;*)
ALERT("OK="+String(OK))
// Read them back into other variables
var $name2 : Text
var $when2 : Date
var $o2 : Object
ARRAY TEXT(asBack; 0)
ARRAY LONGINT(alBack; 0)
$vlOffset:=0
BLOB TO VARIABLE(vxBLOB;$name2;$vlOffset)
BLOB TO VARIABLE(vxBLOB;$when2;$vlOffset)
BLOB TO VARIABLE(vxBLOB;asBack;$vlOffset)
BLOB TO VARIABLE(vxBLOB;alBack;$vlOffset)
BLOB TO VARIABLE(vxBLOB;$o2;$vlOffset)
ALERT($name2+" "+String($when2=!2024-02-29!)+" "+String(Size of array(asBack))+" "+asBack{3}+" "+String(alBack{2}))
ALERT(String($vlOffset=BLOB size(vxBLOB)))  // True: the offset is past the last variable
// A copy, pointers resolved (the page: "their dereferenced values are stored")
ALERT(String($o2.a)+" "+String(Value type($o2.d))+" "+$o2.ptr+" "+JSON Stringify($o2.sub)+" "+String($o2=$o))  // 1 4 pointed [1,"two",null] False
// Without offset or *, the BLOB holds just the variable
VARIABLE TO BLOB($name;vxBLOB)
BLOB TO VARIABLE(vxBLOB;$name2)
ALERT($name2+" "+String(OK))

// Example 2: SAVE ARRAY / LOAD ARRAY through a document
// (100 elements: COMPRESS BLOB leaves a BLOB under 255 bytes as it is, and EXPAND BLOB
// refuses a BLOB that is not compressed)
var $vxArrayData : Blob
var $i : Integer
ARRAY TEXT(asBig; 100)
For ($i; 1; 100)
	asBig{$i}:="element "+String($i)
End for
VARIABLE TO BLOB(asBig;$vxArrayData)
COMPRESS BLOB($vxArrayData)
BLOB TO DOCUMENT("saved_array.bin";$vxArrayData)
ALERT("written OK="+String(OK))
var $loaded : Blob
ARRAY TEXT(asLoaded; 0)
DOCUMENT TO BLOB("saved_array.bin";$loaded)
EXPAND BLOB($loaded)
BLOB TO VARIABLE($loaded;asLoaded)
ALERT(String(Size of array(asLoaded))+" "+asLoaded{1}+","+asLoaded{100})
// The bytes of a document, as they are
TEXT TO DOCUMENT("abc.txt";"abc")
DOCUMENT TO BLOB("abc.txt";$loaded)
ALERT(String(BLOB size($loaded))+" "+String($loaded{0}))  // 3 97
DELETE DOCUMENT("abc.txt")
DELETE DOCUMENT("saved_array.bin")
// A pointer cannot be stored (the page: any type "except Pointer"), a BLOB that holds
// no variable cannot be read, a missing document is error -43
var $ptr : Pointer
$ptr:=->$name
ON ERR CALL("catch_blob_error")
VARIABLE TO BLOB($ptr;vxBLOB)
ALERT("OK="+String(OK))
SET BLOB SIZE(vxBLOB;4;255)
BLOB TO VARIABLE(vxBLOB;$name2)
ALERT("OK="+String(OK))
ON ERR CALL("")
DOCUMENT TO BLOB("missing.bin";$loaded)
