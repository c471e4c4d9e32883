// PROCESS 4D TAGS (4d/docs docs/commands/process-4d-tags.md and the tags of
// docs/Tags/transformation-tags.md, with their examples).
var $input; $output : Text
// 4DEVAL: an assignment, then a calculation.
$input:="<!--#4DEVAL a:=42-->"
$input:=$input+"<!--#4DEVAL a+1-->"
PROCESS 4D TAGS($input; $output)
ALERT($output)  // 43
// 4DTEXT escapes HTML's special characters, 4DHTML does not.
myvar:="<B>"
PROCESS 4D TAGS("<!--#4DTEXT myvar--> <!--#4DHTML myvar-->"; $output)
ALERT($output)  // &lt;B&gt; <B>
// Parameters are $1, $2…; the template's locals are shared between its tags.
PROCESS 4D TAGS("Hello <!--#4DTEXT $1-->, you are <!--#4DTEXT $2-->.<!--#4DCODE\n$x:=$2*2\n-->Twice: <!--#4DTEXT $x-->"; $output; "Ann"; 21)
ALERT($output)  // Hello Ann, you are 21.Twice: 42
// 4DLOOP with an expression: the page's example.
$input:="<!--#4DEVAL $i:=0-->"+"<!--#4DLOOP ($i<4)-->"+"<!--#4DEVAL $i-->"+"<!--#4DEVAL $i:=$i+1-->"+"<!--#4DENDLOOP-->"
PROCESS 4D TAGS($input; $output)
ALERT($output)  // 0123
// 4DIF, 4DELSEIF, 4DELSE.
For ($n; 1; 3)
	PROCESS 4D TAGS("<!--#4DIF ($1=1)-->one<!--#4DELSEIF ($1=2)-->two<!--#4DELSE-->many<!--#4DENDIF-->"; $output; $n)
	ALERT($output)
End for
// one, two, many
// 4DEACH over a collection and over an object's properties.
PROCESS 4D TAGS("<!--#4DEACH $name in $1-->[<!--#4DTEXT $name-->]<!--#4DENDEACH-->"; $output; New collection("a"; "b"))
ALERT($output)  // [a][b]
PROCESS 4D TAGS("<!--#4DEACH $key in $1--><!--#4DTEXT $key-->=<!--#4DTEXT $1[$key]--> <!--#4DENDEACH-->"; $output; New object("Mary"; 10; "Ann"; 20))
ALERT($output)  // Mary=10 Ann=20 
// 4DSCRIPT calls a method with "/param".
PROCESS 4D TAGS("Today is <!--#4DSCRIPT/Tag_Method/MYPARAM-->"; $output)
ALERT($output)  // Today is [/MYPARAM]
// The $ syntax, with quotes and parentheses matched.
$input:="$4DEVAL( String(1)+\"\\\"(hello)\\\"\")"
PROCESS 4D TAGS($input; $output)
ALERT($output)  // 1"(hello)"
// Recursion: a 4DHTML result is read again; a 4DTEXT result is escaped.
myName:="<!--#4DEVAL 6*7-->"
PROCESS 4D TAGS("My name is: <!--#4DHTML myName-->"; $output)
ALERT($output)  // My name is: 42
PROCESS 4D TAGS("My name is: <!--#4DTEXT myName-->"; $output)
ALERT($output)  // My name is: &lt;!--#4DEVAL 6*7--&gt;
// Text without tags comes back as it is; the output may be the input.
$t:="plain <!-- not a tag --> text"
PROCESS 4D TAGS($t; $t)
ALERT($t)  // plain <!-- not a tag --> text
