// helper
// The docs' method1: a Text parameter (parameters.md, "Wrong parameter type").
#DECLARE($value : Text)
ALERT("method1 ran with "+$value)
