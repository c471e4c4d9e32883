// Try(expression) and Try … Catch … End try (docs/language.md §19.5; 4d/docs
// versioned_docs/version-21/Concepts/error-handling.md).
// Try(expr): the value, or undefined after an error described by Last errors.
ALERT(String(Try(1+1))+" "+String(Value type(Try(1+"a")))+" "+String(Last errors.length)+" "+String(Last errors[0].errCode))  // 2 5 1 -30003
$t:=Try(Null.x) || "default"
ALERT($t)  // default: the docs' idiom
ALERT(String(Last errors=Null))  // False: Last errors keeps the last event
$ok:=Try(2)
ALERT(String(Last errors=Null))  // True: a Try resets Last errors
// The docs' divide example: Try catches an error thrown by a called method.
$result:=Try(err_divide(1; 0))
If (Last errors#Null)
	ALERT("Error "+String(Last errors[0].errCode)+": "+Last errors[0].message)  // Error -12345: Division by zero
End if
ALERT(String(Try(err_divide(6; 3))))  // 2
// Try … Catch: the block stops at the first error and Catch runs.
Try
	ALERT("in the block")  // in the block
	$x:=[1][5]
	ALERT("never")
Catch
	ALERT("caught "+String(Last errors[0].errCode)+" / Error="+String(Error))  // caught -30005 / Error=-30005
End try
// No error: Catch is skipped.
Try
	ALERT("no error")  // no error
Catch
	ALERT("never")
End try
// An empty Catch part is allowed.
Try
	$x:=Null.z
Catch
End try
ALERT("after an empty Catch")  // after an empty Catch
// Errors from called methods stop the block at the call.
Try
	err_fails  // err_fails: before
	ALERT("never")
Catch
	ALERT("caught from a method: "+String(Last errors[0].errCode))  // caught from a method: -30002
End try
// Nesting: the innermost Try takes the error.
Try
	Try
		$x:=1/"a"
	Catch
		ALERT("inner catch "+String(Last errors[0].errCode))  // inner catch -30003
	End try
	$x:=Null.y
Catch
	ALERT("outer catch "+String(Last errors[0].errCode))  // outer catch -30006
End try
$r:=Try(err_nested_try)
// inner Try caught -30003
ALERT("the caller's Try caught "+String(Last errors[0].errCode))  // the caller's Try caught -30006
// A Try in a loop.
$n:=0
For ($i; 1; 3)
	Try
		If ($i=2)
			throw(500; "two")
		End if
		$n:=$n+1
	Catch
		ALERT("caught "+Last errors[0].message+" at "+String($i))  // caught two at 2
	End try
End for
ALERT(String($n))  // 2
// A handler installed inside the Try takes the error; Catch does not run for it.
Try
	ON ERR CALL("err_count")
	gErrors:=0
	$x:=Null.w
	ALERT("went on after the handler: "+String(gErrors))  // went on after the handler: 1
	ON ERR CALL("")
Catch
	ALERT("never")
End try
// A handler installed before the Try does not see errors inside it.
ON ERR CALL("err_count")
gErrors:=0
$r:=Try(Null.v)
Try
	$x:=Null.v
Catch
	ALERT("Try wins over an older handler: "+String(gErrors))  // Try wins over an older handler: 0
End try
ON ERR CALL("")
