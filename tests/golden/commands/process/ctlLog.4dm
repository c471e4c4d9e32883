// process_control.4dm: says what it was given, and where.
#DECLARE($what : Text)
ALERT($what+" ("+Current process name+")")
