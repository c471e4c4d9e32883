// helper
// A filter callback that sets no result: the element counts as not kept.
#DECLARE($e : Object)
