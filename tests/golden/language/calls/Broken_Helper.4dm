// helper
// A method with a syntax error (its parenthesis is never closed): the scripts
// beside it still run, and a call of it fails.
$x:=(1+
