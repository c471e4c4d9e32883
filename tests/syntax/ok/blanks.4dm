If ($a=1) 	
		$b:=2   
Else 
  	 $b:=3	
End if 
Case of 
	: ($x) 
End case	 
Repeat 
Until (True) 
If (False)
	End  	 if
