ALERT("exit")
QUIT 4D
ALERT("On Exit ends")
