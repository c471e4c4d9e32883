$a:=1
Begin SQL
  SELECT 1;
If (True)
