// test: expect-error
// MULTI SORT ARRAY (4d/docs docs/commands-legacy/multi-sort-array.md), its
// examples with arrays filled by hand in place of SELECTION TO ARRAY.
ARRAY TEXT(cities; 4)
ARRAY LONGINT(salaries; 4)
ARRAY TEXT(names; 4)
ARRAY TEXT(telNums; 4)
cities{1}:="Paris"
salaries{1}:=2000
names{1}:="Ann"
telNums{1}:="01"
cities{2}:="Lyon"
salaries{2}:=1500
names{2}:="Bob"
telNums{2}:="02"
cities{3}:="Paris"
salaries{3}:=3000
names{3}:="Cid"
telNums{3}:="03"
cities{4}:="Lyon"
salaries{4}:=2500
names{4}:="Dan"
telNums{4}:="04"
// Example 1: by city (ascending), then salary (descending); the others follow.
MULTI SORT ARRAY(cities; >; salaries; <; names; telNums)
For ($i; 1; 4)
	ALERT(cities{$i}+" "+String(salaries{$i})+" "+names{$i}+" "+telNums{$i})
End for
// Lyon 2500 Dan 04 / Lyon 1500 Bob 02 / Paris 3000 Cid 03 / Paris 2000 Ann 01
// MULTI SORT ARRAY(cities; >; salaries; names; telNums) is SORT ARRAY(cities; salaries; names; telNums; >).
MULTI SORT ARRAY(names; >; cities; salaries; telNums)
ALERT(names{1}+names{2}+names{3}+names{4}+" "+cities{1})  // AnnBobCidDan Paris
// Example 2: arrays of pointers and of orders (1, -1, 0).
ARRAY TEXT(companies; 4)
companies{1}:="Zeta"
companies{2}:="Acme"
companies{3}:="Acme"
companies{4}:="Zeta"
ARRAY POINTER(pointers_Array; 4)
ARRAY LONGINT(sorts_Array; 4)
pointers_Array{1}:=->cities
sorts_Array{1}:=1
pointers_Array{2}:=->companies
sorts_Array{2}:=-1
pointers_Array{3}:=->names
sorts_Array{3}:=0
pointers_Array{4}:=->telNums
sorts_Array{4}:=0
MULTI SORT ARRAY(pointers_Array; sorts_Array)
For ($i; 1; 4)
	ALERT(cities{$i}+" "+companies{$i}+" "+names{$i}+" "+telNums{$i})
End for
// Lyon Zeta Dan 04 / Lyon Acme Bob 02 / Paris Zeta Ann 01 / Paris Acme Cid 03
// At least one sort criterion is needed.
MULTI SORT ARRAY(cities; names)
