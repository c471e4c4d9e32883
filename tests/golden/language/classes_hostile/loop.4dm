// test: expect-error
// A Class extends that loops — LoopA and LoopB extend each other through two
// files, Ouroboros extends itself — is refused before anything runs, each at its
// Class extends line (4d/docs docs/Concepts/classes.md, "Class extends":
// "only the compiler and check syntax will throw an error in this case").
$a:=cs.LoopA.new()
ALERT("never printed")
