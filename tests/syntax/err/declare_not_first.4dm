// Only comments and blank lines may come before #DECLARE.
$a:=1
#DECLARE($x : Text)
