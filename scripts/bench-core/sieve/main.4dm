//%attributes = {}
// sieve: count the primes below 200,000 with a collection of booleans.
var $flags : Collection
var $n; $i; $j; $count : Integer
$n:=200000
$flags:=New collection()
For ($i; 0; ($n-1))
	$flags.push(True)
End for
$flags[0]:=False
$flags[1]:=False
$i:=2
While (($i*$i)<$n)
	If ($flags[$i])
		For ($j; ($i*$i); ($n-1); $i)
			$flags[$j]:=False
		End for
	End if
	$i:=$i+1
End while
$count:=0
For ($i; 0; ($n-1))
	If ($flags[$i])
		$count:=$count+1
	End if
End for
LOG EVENT(Into system standard outputs; String($count)+"\n")
