// test: --data data.json
// ORDA over the fixtures of data.json: ds, dataclasses, entity selections, entities and
// their status objects (docs/API/DataClassClass.md, EntitySelectionClass.md, EntityClass.md).
var $all; $found; $sorted : Object
$all:=ds.People.all()
ALERT("all: "+String($all.length)+" ordered "+String($all.isOrdered()))
ALERT("attribute: "+ds.People.Salary.name+" "+ds.People.Salary.type+" "+ds.People.Salary.kind)
ALERT(JSON Stringify(ds.People.getInfo()))

// query() with placeholders (DataClassClass.md, query(): ":1" values, "@" wildcard, order by)
$found:=ds.People.query("Salary > :1 and Active = :2"; 2000; True)
ALERT("found "+String($found.length)+": "+$found.first()["Last Name"])
$found:=ds.People.query("Badge = :1 or Badge = :2 order by Salary desc"; "a@"; "A3")
ALERT("badge a@ or A3 by salary desc: "+$found.extract("Last Name").join(", ")+" ordered "+String($found.isOrdered()))

// orderBy, toCollection, slice, statistics (EntitySelectionClass.md)
$sorted:=$all.orderBy("Salary desc")
ALERT(JSON Stringify($sorted.toCollection("Last Name, Salary")))
ALERT(String($all.sum("Salary"))+" "+String($all.average("Salary"))+" "+String($all.min("Salary"))+" "+String($all.max("Salary"))+" "+String($all.count("Salary")))
ALERT(JSON Stringify($all.distinct("CompanyID")))
ALERT("slice: "+String($sorted.slice(1).length)+" "+$sorted.slice(1).first()["Last Name"])
ALERT("minus: "+String($all.minus($found).length)+" and: "+String($all.and($found).length))

// get(), entity attributes, save() with an Autoincrement key, getKey() (EntityClass.md)
var $e; $status : Object
$e:=ds.People.get(11)
ALERT("get 11: "+$e["First Name"]+" stamp "+String($e.getStamp())+" new "+String($e.isNew()))
ALERT("get 99: "+String(ds.People.get(99)=Null))
$e:=ds.People.new()
$e["Last Name"]:="Newman"
$e.Badge:="N1"
$e.Salary:=2500
ALERT("new "+String($e.isNew()))
$status:=$e.save()
ALERT("saved "+String($status.success)+" key "+String($e.getKey())+" stamp "+String($e.getStamp()))
ALERT("people now "+String(ds.People.all().length)+" contains "+String(ds.People.all().contains($e)))

// a duplicated unique value: status 4, "Other error" (dk status serious error)
var $dup : Object
$dup:=ds.People.new()
$dup.Badge:="A1"
$status:=$dup.save()
ALERT(String($status.success)+" "+String($status.status)+" "+$status.statusText+" "+String($status.errors[0].errCode))

// optimistic locking: a stamp changed since the entity was read is status 2
var $a; $b : Object
$a:=ds.People.get(10)
$b:=ds.People.get(10)
$a.Salary:=3100
$status:=$a.save()
$b.Salary:=3200
$status:=$b.save()
ALERT(String($status.success)+" "+String($status.status)+" "+$status.statusText)
$b.reload()
ALERT("reloaded "+String($b.Salary))

// drop(), and transactions through ds (DataStoreClass.md)
ds.startTransaction()
$status:=ds.People.get(11).drop()
ALERT("dropped "+String($status.success)+" in transaction "+String(ds.transactionInProgress())+", people "+String(ds.People.all().length))
ds.cancelTransaction()
ALERT("after cancel "+String(ds.People.all().length)+" "+String(ds.transactionInProgress()))

// a query string with a syntax error
Try
	$found:=ds.People.query("Salary >")
Catch
	ALERT("syntax: "+String(Last errors[0].errCode))
End try
