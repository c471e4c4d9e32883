// Tests of the host, found by the component's runner through the host's cs.
Class constructor()

Function test_addition($t : Object)
	$t.equal(4; 2+2; "2+2")

Function test_left_to_right($t : Object)
	// 4D has no operator precedence (docs/language.md): 3+4*5 is 35.
	$t.equal(35; 3+4*5; "3+4*5")

Function test_wrong_on_purpose($t : Object)
	$t.equal(5; 2+2; "2+2 is not 5")
