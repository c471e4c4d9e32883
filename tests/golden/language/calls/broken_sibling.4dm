// A lone file runs when it is free of errors, even if a sibling method is not
// (a folder of scripts is not one program); calling the broken sibling is
// error -30007, whose message gives the sibling's first error.
ALERT("this script runs")
Try
	Broken_Helper
Catch
	$e:=Last errors[0]
	ALERT(String($e.errCode)+": "+Substring($e.message; 1; Position(":"; $e.message)-1))
	ALERT("line "+String(Position("Broken_Helper.4dm:4:"; $e.message)>0))
End try
