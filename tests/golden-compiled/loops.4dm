//%attributes = {}
// Loops and conditions: For on a local counter, pure arithmetic compiled to
// a numeric program (with the ordinary tree kept for when a step is not
// plain), numeric comparisons decided without a Boolean value, in-place
// appends.
var $i; $n; $sum : Integer
var $t : Text
$n:=100
For ($i; 1; $n)
	$sum:=$sum+((($i%7)*($i%7))%7)
End for
For ($i; $n; 1; -2)
	$sum:=$sum-1
End for
While (($i*$i)<$n)
	$i:=$i+1
End while
Repeat
	$i:=$i-1
Until ($i<=0)
Case of
	: ($sum>10)
		$t:="big"
	: ($sum=0)
		$t:="zero"
Else
	$t:="small"
End case
