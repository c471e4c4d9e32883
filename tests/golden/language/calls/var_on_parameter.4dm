// var on a parameter of the same type keeps the value passed (4D compiles such code).
Flag_Show(True; "first")
Flag_Show(False; "second")
