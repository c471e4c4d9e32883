// helper
// A method with a mistake: it loads, is named in a warning, and fails when called.
$x:=(1+
