// Calls whose result is discarded: commands, methods, member functions.
ALERT("hello")
ALERT("a"; "OK")
BEEP
BEEP()
TRACE
My Method(1)
My Method
My Method()
$v:=My Method.a
$v:=My Method(1).list[0]
My  Method(2)
$o.push(1; 2)
$col.sort().reverse()
$o.f()
$o[$name]($arg)
Form.doIt("x")
This.refresh()
cs.Person.new("a").greet()
