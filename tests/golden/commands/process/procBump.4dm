// Changes its copy of the object it was passed (new_process.4dm).
#DECLARE($o : Object)
$o.n:=$o.n+1
ALERT("procBump sees "+String($o.n))
