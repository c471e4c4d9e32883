// BenchStep(name; start; checksum): one line, as the twin prints it.
#DECLARE($name : Text; $start : Integer; $value : Real)
ALERT($name+" "+String(Milliseconds-$start)+" ms  "+String($value; "#################0"))
