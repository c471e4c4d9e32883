For each ($item; $col)
	$sum:=$sum+$item
End for each
For each ($key; $obj)
End for each
For each ($e; $col; 0; 3)
End for each
For each ($e; $col; -2)
End for each
For each ($e; $col) Until ($found)
End for each
For each ($e; $col; 1) While ($total<30)
End for each
For each ($e; This.items) \
	Until ($e.last)
End for each
For each ($char; Split string($t; ""))
End for each
