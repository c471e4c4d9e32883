// test: --data data.json
// ORDA relation attributes, [index], projections, formulas in queries and orderByFormula.
// Expected values from 4d/docs docs/API/EntityClass.md (attributeName), EntitySelectionClass.md
// ([index], attributeName, orderByFormula()) and DataClassClass.md (query(): relation paths,
// eval(), Formula placeholders, querySettings.args).

// --- Many-to-One: the related entity; One-to-Many: the related entity selection.
$jones:=ds.People.query("LastName = :1"; "Jones").first()
ALERT("employer: "+$jones.employer.Name)
$acme:=ds.Companies.get(1)
ALERT("Acme staff: "+String($acme.staff.length)+" "+$acme.staff.orderBy("LastName").first().LastName)
ALERT("Acme parts: "+String($acme.parts.length))
// The entity's current value of the relation field counts, before it is saved.
$jones.Company:=3
ALERT("edited: "+$jones.employer.Name)
// No related record: Null.
$jones.Company:=99
ALERT("none: "+String($jones.employer=Null))
// Two hops.
$lee:=ds.People.query("LastName = :1"; "Lee").first()
ALERT("colleagues of Lee: "+String($lee.employer.staff.length))

// --- [index] (EntitySelectionClass.md): 0 .. length-1, reloaded from the datastore.
$all:=ds.People.all().orderBy("Salary desc")
ALERT("[0] "+$all[0].LastName+" [4] "+$all[4].LastName)
Try
	$x:=$all[5]
Catch
	ALERT("out of range: an error")
End try

// --- Projections (EntitySelectionClass.md, attributeName): storage → collection,
// relation → entity selection without repeats.
$names:=ds.People.query("Salary >= 4000").orderBy("Salary").extract("LastName")
ALERT(JSON Stringify($names))
ALERT(JSON Stringify(ds.People.query("Salary >= 4000").orderBy("Salary")["Salary"]))
$companies:=ds.People.all().employer
ALERT("employers: "+String($companies.length))
ALERT("staff of Globex and Initech: "+String(ds.Companies.query("ID > 1").staff.length))

// --- Relation paths in queries (DataClassClass.md): "employer.Name = :1".
ALERT("at Globex: "+String(ds.People.query("employer.Name = :1"; "Globex").length))
ALERT("companies with a part: "+String(ds.Companies.query("parts.Code = :1"; "P@").length))

// --- Formulas in queries: eval(), a Formula placeholder, querySettings.args.
$es:=ds.People.query("eval(Length(This.LastName) = 3)")
ALERT("eval: "+String($es.length)+" "+$es.first().LastName)
$f:=Formula(This.Salary > 4500)
ALERT("formula: "+String(ds.People.query(":1 and Company = 2"; $f).length))
$g:=Formula(This.Salary >= $1.min)
ALERT("args: "+String(ds.People.query(":1"; $g; New object("args"; New object("min"; 4000))).length))
Try
	$es:=ds.People.query(":1"; $f; New object("allowFormulas"; False))
Catch
	ALERT("not allowed: "+String(Last errors[0].errCode))
End try

// --- orderByFormula (EntitySelectionClass.md): ascending by default, dk descending = 1.
$sorted:=ds.People.all().orderByFormula("This.Salary")
ALERT(JSON Stringify($sorted.extract("LastName")))
$sorted:=ds.People.all().orderByFormula(Formula(Length(This.LastName)*10000+This.Salary); dk descending)
ALERT(JSON Stringify($sorted.extract("LastName"))+" ordered "+String($sorted.isOrdered()))
