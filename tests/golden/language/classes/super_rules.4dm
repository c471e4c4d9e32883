// The rules of Super in constructors, as 4d/docs docs/commands/super.md
// gives them: -10748 when a constructor in the inheritance tree is not
// called, -10743 when This is used before Super(), -10746 when Super() is
// called twice (or out of a class constructor).
Try
	$a:=cs.NoSuper.new(3)
Catch
	ALERT("no Super: "+String(Last errors[0].errCode))  // -10748
End try
Try
	$b:=cs.ThisFirst.new(0)
Catch
	ALERT("This first: "+String(Last errors[0].errCode))  // -10743
End try
Try
	$c:=cs.SuperTwice.new(3)
Catch
	ALERT("Super twice: "+String(Last errors[0].errCode))  // -10746
End try
// (Super in a method is an error of `fourd check`; a formula reaches it at run time.)
Try
	Formula from string("Super(1)").call()
Catch
	ALERT("out of a class: "+String(Last errors[0].errCode))  // -10746
End try
// A class without a constructor of its own needs no Super(): 4 x 4 = 16.
$d:=cs.NoCtorChild.new(4; 4)
ALERT($d.kind()+" "+String($d.getArea()))  // child of Rectangle 16
// Square calls Super() first (super.md, example 1): no error.
ALERT(String(cs.Square.new(2).getArea()))  // 4
