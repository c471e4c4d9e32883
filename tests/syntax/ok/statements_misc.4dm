// A single ';' ending a statement is ignored.
$a:=1;
ALERT("x");
$o:=OB Copy($src);
