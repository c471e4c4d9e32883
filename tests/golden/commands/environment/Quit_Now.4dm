// helper
ALERT("before")
QUIT 4D
ALERT("after QUIT 4D, the method goes on to its end")
