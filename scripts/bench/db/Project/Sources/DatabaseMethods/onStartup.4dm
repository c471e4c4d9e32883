// Issue 17's datastore benchmark in 4D code: a table of N records (id, name, city, salary,
// hire date; default 1,000,000, else --user-param N) built by CREATE RECORD/SAVE RECORD,
// then the query steps. One line per step: name, milliseconds, checksum. Its twin,
// scripts/bench/db-engine/sqlite_twin.py N, prints the same checksums.
var $n; $i; $t; $total : Integer
var $param : Text
var $dummy : Real
$dummy:=Get database parameter(User param value; $param)
$n:=Choose($param=""; 1000000; Num($param))
ARRAY TEXT($first; 8)
$first{1}:="John"
$first{2}:="Jane"
$first{3}:="Joe"
$first{4}:="Anna"
$first{5}:="Mark"
$first{6}:="Lucy"
$first{7}:="Paul"
$first{8}:="Nina"
ARRAY TEXT($cities; 10)
$cities{1}:="Paris"
$cities{2}:="Lyon"
$cities{3}:="Nantes"
$cities{4}:="Lille"
$cities{5}:="Nice"
$cities{6}:="Brest"
$cities{7}:="Dijon"
$cities{8}:="Metz"
$cities{9}:="Tours"
$cities{10}:="Caen"

$total:=Milliseconds
$t:=Milliseconds
For ($i; 0; $n-1)
	CREATE RECORD([Emp])
	[Emp]id:=$i+1
	[Emp]name:=$first{($i%8)+1}+String(BenchMod($i*7919; 100003))
	[Emp]city:=$cities{($i%10)+1}
	[Emp]salary:=20000+BenchMod($i*7919; 80000)
	[Emp]hired:=!2000-01-01!+(($i*31)%9000)
	SAVE RECORD([Emp])
End for
UNLOAD RECORD([Emp])
BenchStep("build"; $t; Records in table([Emp]))

ARRAY LONGINT($ids; 0)
$t:=Milliseconds
QUERY([Emp];[Emp]city="Paris")
SELECTION TO ARRAY([Emp]id; $ids)
BenchStep("eq-indexed"; $t; BenchChecksum(->$ids))

$t:=Milliseconds
QUERY([Emp];[Emp]salary>=50000;*)
QUERY([Emp];&;[Emp]salary<60000)
SELECTION TO ARRAY([Emp]id; $ids)
BenchStep("range-indexed"; $t; BenchChecksum(->$ids))

$t:=Milliseconds
QUERY([Emp];[Emp]name="Jo@")
SELECTION TO ARRAY([Emp]id; $ids)
BenchStep("prefix-indexed"; $t; BenchChecksum(->$ids))

$t:=Milliseconds
QUERY([Emp];[Emp]hired>!2020-01-01!)
SELECTION TO ARRAY([Emp]id; $ids)
BenchStep("unindexed"; $t; BenchChecksum(->$ids))

$t:=Milliseconds
ALL RECORDS([Emp])
ORDER BY([Emp];[Emp]city;>;[Emp]salary;<)
SELECTION TO ARRAY([Emp]id; $ids)
BenchStep("order-by-2"; $t; BenchChecksum(->$ids))

ARRAY TEXT($names; 0)
ARRAY REAL($salaries; 0)
$t:=Milliseconds
QUERY([Emp];[Emp]salary>=50000;*)
QUERY([Emp];&;[Emp]salary<60000)
SELECTION TO ARRAY([Emp]name; $names; [Emp]salary; $salaries)
$ms:=Milliseconds-$t
BenchStep("sel-to-array"; Milliseconds-$ms; Size of array($names)+BenchMod(Sum($salaries); 1000000007))

$t:=Milliseconds
$coll:=ds.Emp.query("city = :1 and salary > :2"; "Lyon"; 70000).orderBy("name").toCollection("id,name")
$ms:=Milliseconds-$t
ARRAY LONGINT($ids; $coll.length)
For ($i; 1; $coll.length)
	$ids{$i}:=$coll[$i-1].id
End for
BenchStep("orda-chain"; Milliseconds-$ms; BenchChecksum(->$ids)+$coll.length)

$t:=Milliseconds
ALL RECORDS([Emp])
$sum:=Sum([Emp]salary)
BenchStep("sum"; $t; $sum)

BenchStep("total"; $total; 0)
