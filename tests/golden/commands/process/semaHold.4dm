// semaphores.4dm: holds a semaphore for 60 ticks, then clears it.
#DECLARE($name : Text)
If (Not(Semaphore($name)))
	ALERT("holder sets "+$name)
	DELAY PROCESS(Current process; 60)
	CLEAR SEMAPHORE($name)
	ALERT("holder cleared "+$name)
End if
