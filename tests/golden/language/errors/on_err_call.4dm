// ON ERR CALL (docs/language.md §19.3–19.4; 4d/docs docs/commands/on-err-call.md,
// versioned_docs/version-21/Concepts/error-handling.md).
ALERT("["+Method called on error+"]")  // []: no handler yet
ON ERR CALL("err_show")
ALERT(Method called on error+" "+String(Error))  // err_show 0: installing a handler resets Error
$a:=1+"x"
// handler: Error=-30003 method=on_err_call line=6 formula=1+"x"
//   Last errors: [{"errCode":-30003,"message":"Operator '+' cannot be applied to Number and Text","componentSignature":"4DRT"}]
ALERT("after the error: "+String(Error))  // after the error: -30003: the failed statement is abandoned, the next one runs
ALERT(String(Undefined($a)))  // True: the assignment did not happen
// An error in a called method: the handler runs, then that method goes on.
err_fails
// err_fails: before
// handler: Error=-30002 method=err_fails line=4 formula=Undefined_thing_xyz
//   Last errors: [{"errCode":-30002,"message":"Variable 'Undefined_thing_xyz' is not defined","componentSignature":"4DRT"}]
// err_fails: after
ON ERR CALL("")
ALERT("["+Method called on error+"]")  // []
// A local handler hides the global one.
ON ERR CALL("err_count"; ek global)
gErrors:=0
$b:=Null.x
ALERT(String(gErrors)+" "+String(gLastCode)+" "+Method called on error(ek global))  // 1 -30006 err_count
ON ERR CALL("err_show"; ek local)
$b:=[][3]
// handler: Error=-30005 method=on_err_call line=25 formula=[][3]
//   Last errors: [{"errCode":-30005,"message":"Index 3 is out of range (size 0)","componentSignature":"4DRT"}]
ALERT(String(gErrors))  // 1: the global handler was not called
ON ERR CALL("")
$b:=[][3]
ALERT(String(gErrors))  // 2: now the global handler takes it again
ON ERR CALL(""; ek global)
ALERT("["+Method called on error(ek global)+"]["+Method called on error(ek local)+"]")  // [][]
// Names are case-insensitive at run time.
ON ERR CALL("ERR_COUNT")
$b:=Null.x
ALERT(String(gErrors))  // 3
ON ERR CALL("")
