Class constructor()

Function test_uppercase($t : Object)
	$t.equal("ABC"; Uppercase("abc"); "Uppercase")

Function test_length($t : Object)
	$t.isTrue(Length("four")=4; "Length")

Function helper_not_a_test($t : Object)
	$t.isTrue(False; "never run: not a test_ function")
