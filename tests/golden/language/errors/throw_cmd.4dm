// throw (docs/language.md §19.6; 4d/docs docs/commands/throw.md).
// throw(code{; description}): signature "host".
Try
	throw(50042; "This is a custom error")
Catch
	ALERT(JSON Stringify(Last errors))  // [{"errCode":50042,"message":"This is a custom error","componentSignature":"host"}]
End try
Try
	throw(7)
Catch
	ALERT(Last errors[0].message)  // Error code: 7 (host)
End try
// throw(errorObj): errCode (default -1), message, componentSignature, custom properties.
Try
	throw({errCode: 1; message: "This an error"})
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // 1 This an error
End try
Try
	throw({errCode: 1})
Catch
	ALERT(Last errors[0].message)  // Error code: 1 (host)
End try
Try
	throw({message: "This is my error"})
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message+" "+Last errors[0].componentSignature)  // -1 This is my error host
End try
// Placeholders {name} take the String() of the property; Last errors returns the whole object.
Try
	throw({componentSignature: "xbox"; errCode: 600; message: "File {name} not found ({path}), size {size}"; name: "myFileName"; path: "myFilePath"; size: 1.5})
Catch
	ALERT(Last errors[0].message)  // File myFileName not found (myFilePath), size 1.5
	ALERT(Last errors[0].componentSignature+" "+Last errors[0].name+" "+String(Error))  // xbox myFileName 600
End try
// deferred: True thrown directly in the Try block lets the block finish and
// skips Catch; the error is raised when the block ends, outside the Try.
ON ERR CALL("err_count")
gErrors:=0
Try
	throw({message: "This is my error"; deferred: True})
	ALERT("the block goes on")  // the block goes on
Catch
	ALERT("never")
End try
ALERT("raised at End try: "+String(gErrors)+" "+String(gLastCode))  // raised at End try: 1 -1
ON ERR CALL("")
// A deferred error thrown by a called method reaches the block when the method returns.
Try
	throw_deferred
	ALERT("never")
Catch
	ALERT("caught at the call: "+JSON Stringify(Last errors.extract("errCode")))  // caught at the call: [1,2]
End try
// throw_deferred: first
// throw_deferred: second
// With a handler: several deferred errors form one event, the handler runs once.
ON ERR CALL("err_show")
throw_deferred
// throw_deferred: first
// throw_deferred: second
// handler: Error=1 method=throw_cmd line=59 formula=throw_deferred
//   Last errors: [{"errCode":1,"message":"one","deferred":true,"componentSignature":"host"},{"errCode":2,"message":"two","deferred":true,"componentSignature":"host"}]
// (raised at the call statement in the caller; Last errors returns the thrown objects)
ALERT("after the call")  // after the call
ON ERR CALL("")
// A handler installed before a Try does not see the errors inside it.
ON ERR CALL("err_show")
Try
	err_fails  // err_fails: before
	ALERT("never")
Catch
	ALERT("the Try took it: "+String(Last errors[0].errCode))  // the Try took it: -30002
End try
ON ERR CALL("")
