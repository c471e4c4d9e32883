// Adds two numbers in a worker and hands the sum back through the signal (signal_worker.4dm).
#DECLARE($signal : 4D.Signal; $a : Integer; $b : Integer)
Use ($signal)
	$signal.sum:=$a+$b
	$signal.by:=Current process name
End use
$signal.trigger()
