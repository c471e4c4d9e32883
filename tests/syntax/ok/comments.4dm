// A line comment
  // An old-style indented comment
/* A block comment */
/* A block
   comment over
   several lines */
/* Nested /* block */ comments count their depth */
/* Quoted markers "/*" are hidden */
$a:=1  // after code
$b:=/* inside */2
$c:=3 /* trailing */
$d:=4 /* opens here
   and closes here */ +5
` An old-export backtick comment
$e:=6 ` trailing backtick comment
//%T-
//%T+
//%W-518.1
