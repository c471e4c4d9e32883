// test: --mode server --user Administrator expect-error
// SET GROUP ACCESS (seed): "This command can only be called from 4D remote or 4D
// single-user applications. It is not allowed on 4D Server." Error 67, nothing
// changes.
ALERT(JSON Stringify(Get group access))
SET GROUP ACCESS(New collection("Audit"))
ALERT("never printed")
