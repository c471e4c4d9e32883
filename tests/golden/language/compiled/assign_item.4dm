// helper of fast_paths: writes an item of a collection it is given.
#DECLARE($c : Collection; $i : Integer)
$c[$i]:=9
