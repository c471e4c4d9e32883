// The process method of new_process.4dm.
#DECLARE($word : Text; $o : Object)
ALERT("procGreet: "+$word+" "+String($o.n)+" in "+Current process name+" ("+String(Current process)+")")
