While ($i<10)
	$i:=$i+1
End while
While (True) & \
	($j<3)
	$j+=1
End while
Repeat
	$i:=$i-1
Until ($i=0)
Repeat
Until $done=True
For ($i; 1; 10)
	$sum:=$sum+$i
End for
For ($i; 10; 1; -1)
End for
For ($i; 1; Size of array($arr))
End for
