// The producer of worker_exchange.4dm: posts n squares to the consumer.
#DECLARE($n : Integer; $signal : 4D.Signal)
var $i : Integer
For ($i; 1; $n)
	Use (Storage.exchange.log)
		Storage.exchange.log.push("produce "+String($i*$i))
	End use
	CALL WORKER("consumer"; "exchangeConsume"; $i*$i; $i=$n; $signal)
End for
