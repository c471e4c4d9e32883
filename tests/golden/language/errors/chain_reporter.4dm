// helper
// Reports the call chain and its own name.
ALERT(Current method name)
$chain:=Get call chain
For each ($frame; $chain)
	ALERT("  "+$frame.type+" "+$frame.name+" line "+String($frame.line))
End for each
