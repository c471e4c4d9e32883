shared singleton Class constructor()
	This.count:=0

shared Function increment($n : Integer) : Integer
	This.count+=$n
	return This.count

local Function get secret() : Text
	return ""

exposed Function remote() : Object
	return {}

server Function onServer()

session Function perSession()

exposed shared Function both() -> $r : Collection
	$r:=[]

Function sum(... : Real) : Real
	var $s : Real
	return $s
