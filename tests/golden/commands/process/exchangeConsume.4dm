// The consumer of worker_exchange.4dm: adds a value; the last one triggers the signal.
#DECLARE($value : Integer; $last : Boolean; $signal : 4D.Signal)
Use (Storage.exchange)
	Storage.exchange.total:=Storage.exchange.total+$value
	Storage.exchange.log.push(Current process name+" "+String($value))
End use
If ($last)
	Use ($signal)
		$signal.from:=Current process name
	End use
	$signal.trigger()
End if
