var $a : Text
var $b; $c : Integer
var $d, $e : Real
var $f
var $n : Integer:=10
var $s:="hello"
var $k:=20
var $o:={}
var $col:=[]
var $p : cs.Person
var $file : 4D.File
var $ws : cs:C1710.Workspace:=cs:C1710.Workspace.new()
var $date : Date:=!2023-09-12!
var $long : Longint
var gProcess : Boolean
var $x; \
	$y : Text
var $obj : Object:=New object("a"; 1)
var $v : Variant
var $pic : Picture
var $blob : Blob
var $ptr : Pointer
var $t : Time
