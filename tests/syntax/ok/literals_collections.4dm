$c:=[]
$c:=[1; 2; 3]
$c:=[[1; 2]; [3; 4]]
$c:=["a"; 42; Null; {x: 1}; [True]]
$o:={}
$o:={a: "foo"; b: 42; c: {}; d: ($t) ? True : False}
$o:={"a b": 1; "": 2}
$o:={class: 1; function: 2; type: Is picture; default: "x"}
$o:={a: 1; b: 2; }
$o:={\
	name: "x"; \
	items: [\
		{id: 1}; \
		{id: 2}\
	]\
}
$v:=["process"; $pid].join(" ")
$b:=["nonzero"; "evenodd"].includes($value)
$v:={a: 1}.a
