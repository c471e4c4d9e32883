$f:=Formula($1+" "+$2)
$r:=$f.call(Null; "Hello"; "World")
$f:=Formula from string("$1*2")
$f:=Formula(My Method)
$t:=Try($h.readText()) || "default"
Try($where.update())
$v:=Try(1/0)
$ok:=Try(JSON Parse($json))#Null
