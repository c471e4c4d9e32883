// Semaphore, CLEAR SEMAPHORE, Test semaphore (4d/docs docs/commands/semaphore.md,
// clear-semaphore.md, test-semaphore.md).
// Example 2: the semaphore is free, so Semaphore sets it and returns False.
If (Semaphore("UpdatePrices"))  // Try to create the semaphore
	ALERT("Another user is already updating prices. Retry later.")
Else
	ALERT("updating prices")
	// "It also returns FALSE if the semaphore is already set by the same process"
	ALERT(String(Semaphore("UpdatePrices")))  // False
	ALERT(String(Test semaphore("UpdatePrices")))  // True
	// Another process finds it set: its Semaphore is True.
	$p:=New process("semaTry"; 0; "other"; "UpdatePrices")
	DELAY PROCESS(Current process; 1)
	CLEAR SEMAPHORE("UpdatePrices")  // Clear the semaphore
End if
ALERT(String(Test semaphore("UpdatePrices")))  // False
// Names are case-sensitive.
ALERT(String(Semaphore("$tictac")))  // False
ALERT(String(Test semaphore("$TICTAC")))  // False
// Only the process that set a semaphore can clear it.
$p:=New process("semaClear"; 0; "clearer"; "$tictac")
DELAY PROCESS(Current process; 1)
ALERT(String(Test semaphore("$tictac")))  // True
CLEAR SEMAPHORE("$tictac")
// Example 1: wait for a semaphore another process holds, IDLE meanwhile.
$p:=New process("semaHold"; 0; "holder"; "MySemaphore")
DELAY PROCESS(Current process; 1)
While (Semaphore("MySemaphore"; 300))
	IDLE
End while
ALERT("got it")  // once the holder cleared it
CLEAR SEMAPHORE("MySemaphore")
