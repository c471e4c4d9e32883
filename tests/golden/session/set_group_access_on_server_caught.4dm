// test: --mode server --user Ann --password ann-pass
// The refusal is an ordinary error: Try catches it and the memberships stay.
Try
	SET GROUP ACCESS(New collection("Audit"))
Catch
	ALERT("caught "+String(Last errors[0].errCode)+": "+Last errors[0].message)
End try
ALERT(JSON Stringify(Get group access))
// SET USER ALIAS is refused on 4D Server too.
If (Try(SET USER ALIAS("Boss"))=Null)
	ALERT("alias: "+String(Last errors[0].errCode))
End if 
ALERT(Current user)
