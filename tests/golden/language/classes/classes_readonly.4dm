// test: expect-error
// A computed property with a getter but no setter is read-only: writing it is
// an error (4d/docs docs/Concepts/classes.md, "Function get and Function set").
$c:=cs.Counter.new()
$c.double:=3
