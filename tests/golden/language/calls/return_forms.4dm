// helper
// return in its forms (docs/language.md §11.4), chosen by $1.
#DECLARE($kind : Text) -> $v : Integer
$v:=10
Case of
	: ($kind="expr")
		return 20
	: ($kind="bare")
		return
	: ($kind="after")
		return 30
		$v:=99
End case
$v:=40
