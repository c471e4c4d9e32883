// semaphores.4dm: a process that did not set the semaphore tries to clear it.
#DECLARE($name : Text)
CLEAR SEMAPHORE($name)
