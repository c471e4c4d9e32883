// The worker method of new-signal.md's example (signal_worker.4dm).
#DECLARE($signal : 4D.Signal)
var $processingResult : Text
$processingResult:="done in "+Current process name
Use ($signal)
	$signal.myresult:=$processingResult  //return the result
End use
$signal.trigger()  // The work is finished
