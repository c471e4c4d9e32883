// helper
// The docs' ChangeAge: objects are passed by reference.
#DECLARE($person : Object)
$person.Age:=$person.Age+10
ALERT(String($person.Age))
