// Bare operators as arguments (query and sort commands, '*' for object names).
$p:=Position("a"; $t; *)
SORT ARRAY($names; >)
SORT ARRAY($names; <)
OBJECT SET VISIBLE(*; "name"; False)
QUERY([People]; [People]Name="A"; *)
QUERY([People];  & ; [People]Age>=18)
QUERY([People];  | ; [People]Age#18)
ORDER BY([People]; [People]Name; >; [People]Age; <)
