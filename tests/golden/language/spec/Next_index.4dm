// helper
// Counts its calls in gIndexCalls and returns 0.
gIndexCalls:=gIndexCalls+1
$0:=0
