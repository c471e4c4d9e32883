// test: expect-error
// Things fourd cannot run fail when evaluated, with error -30012 (language.md
// §2.3, §19.2); an unknown name alone on a line is a call of an unknown
// method, -30007.
ALERT(String(Try(Open window(10; 10; 100; 100)))+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30012 'Open window' (command 153) is not available in fourd
ALERT(String(Try(ISO L1 a acute))+String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30012 'ISO L1 a acute' is not available in fourd: a constant without a known value
ALERT(String(Try([People:2]Name:3))+String(Last errors[0].errCode))  // -30012: fourd has no database
Try
	No_such_method_here
Catch
	ALERT(String(Last errors[0].errCode)+" "+Last errors[0].message)  // -30007 Unknown method 'No_such_method_here'
End try
// ABORT ends the run at once: exit status 1, nothing on stderr.
ALERT("before ABORT")  // before ABORT
ABORT
ALERT("never printed")
