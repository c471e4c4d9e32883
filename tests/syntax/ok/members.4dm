// A name after '.' is always a member, never a command or keyword.
$n:=$o.length
$n:=Length($t)
$v:=$o.a.b.c
$v:=$o.if
$v:=$o.return
$v:=Storage.k.return
$v:=$o.new
$v:=cs.Person.new()
$v:=$entity.query("a = :1"; 1)
$v:=$o.$hidden
$r:=$col.map(Formula($1.value*2)).sum()
$v:=This.name
$v:=Form.list[0]
$v:=Super.greet()
$v:=$o.f().g
$v:=Split string($t; ";")[0]
$v:=Last errors[0].message
$v:=4D.File.new("/x")
$v:=ds.People.all()
$v:=$o[""]
