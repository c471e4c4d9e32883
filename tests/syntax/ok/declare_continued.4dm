#DECLARE($first : Text; \
	$second; \
	$third : cs.Person) \
	-> $r : Collection
