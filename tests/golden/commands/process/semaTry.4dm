// semaphores.4dm: another process tries a semaphore.
#DECLARE($name : Text)
ALERT(Current process name+" tries "+$name+": "+String(Semaphore($name)))
