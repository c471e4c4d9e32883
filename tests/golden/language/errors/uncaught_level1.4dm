// helper
#DECLARE($n : Integer)
ALERT("level1 got "+String($n))
uncaught_level2($n*2)
