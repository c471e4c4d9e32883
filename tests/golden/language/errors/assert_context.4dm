// ASSERT, Asserted, SET ASSERT ENABLED, the call chain, Current method name,
// unavailable commands and unknown methods (docs/language.md §19.7, §19.8, §2.3).
// ASSERT(False) is error -10518 "Assert failed: " + the message or the source text.
Try
	ASSERT(1=2)
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].componentSignature+" "+Last errors[0].message)  // -10518 4DRT Assert failed: 1=2
End try
Try
	ASSERT(False; "the total must be positive")
Catch
	ALERT(Last errors[0].message)  // Assert failed: the total must be positive
End try
ASSERT(True)
ALERT(String(Asserted(1=1)))  // True
ALERT(String(Try(Asserted(1>2; "too big")))+" "+Last errors[0].message)  // Assert failed: too big
// SET ASSERT ENABLED(False) turns both off; Asserted still returns its value.
ALERT(String(Get assert enabled))  // True
SET ASSERT ENABLED(False)
ASSERT(False)
ALERT(String(Asserted(False))+" "+String(Get assert enabled))  // False False
SET ASSERT ENABLED(True)
// Current method name and Get call chain.
ALERT(Current method name)  // assert_context
chain_reporter
// chain_reporter
//   projectMethod chain_reporter line 4
//   projectMethod assert_context line 25
$f:=Formula(chain_reporter)
$f.call()
// chain_reporter
//   projectMethod chain_reporter line 4
//   projectMethod assert_context line 30: Formula(method) calls the method directly
$g:=Formula(Current method name)
ALERT($g.call())  // assert_context: a formula is not a method of its own (decision; 4D docs silent)
// A command fourd does not implement fails with -30012, naming it and its number.
ALERT(String(Try(Open window(10; 10; 100; 100)))+" "+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30012 'Open window' (command 153) is not available in fourd
// A method name given as text that does not exist is -30007.
Try
	EXECUTE METHOD("nowhere")
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30007 Unknown method 'nowhere'
End try
ALERT(String(Try(New collection(1).map("nowhere")))+" "+String(Last errors[0].errCode))  // -30007
// A formula frame in the chain has the type "formula" (decision; 4D docs silent).
$h:=Formula(Get call chain)
$chain:=$h.call()
ALERT($chain[0].type+" "+$chain[1].type+" "+$chain[1].name)  // formula projectMethod assert_context
