Class extends Entity

Alias fromAirport slot.line.fromAirport

Function get duration() : Integer
	return 0

Function query duration($event : Object) -> $result : Object
	$result:={query: "slot.length = :1"; parameters: [$event.value]}

Function orderBy duration($event : Object) -> $result : Text
	$result:="slot.length"+($event.descending ? " desc" : "")

Function query($text : Text) : Collection
	return []

Function get
	return 1
