QUIT 4D
ALERT("Stop_Here ends")
