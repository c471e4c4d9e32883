// test: --data data.json
// Relations, query destinations and limits, the record stack, and the commands that go
// through a selection record by record. Expected values from the 4d/docs pages cited at
// each step (docs/commands-legacy/*.md).

// --- RELATE ONE(manyField) (relate-one.md): the related One record becomes the current
// record and the current selection of its table.
QUERY([People];[People]Last Name="Jones")
RELATE ONE([People]Company)
ALERT("Jones works at "+[Companies]Name+" ("+String(Records in selection([Companies]))+" selected) OK="+String(OK))
// The value of the current record counts, saved or not.
[People]Company:=3
RELATE ONE([People]Company)
ALERT("edited: "+[Companies]Name)
// OLD RELATED ONE (old-related-one.md): the field's old value, as Old gives it.
OLD RELATED ONE([People]Company)
ALERT("old: "+[Companies]Name)
UNLOAD RECORD([People])
// A record with no related One record: the One table's selection is empty.
CREATE RECORD([People])
[People]Company:=99
RELATE ONE([People]Company)
ALERT("none: "+String(Records in selection([Companies]))+" ["+[Companies]Name+"]")
UNLOAD RECORD([People])

// RELATE ONE(manyTable): all automatic Many-to-One relations of the table (People→Companies
// is automatic in the structure; Parts→Companies is manual).
QUERY([People];[People]Last Name="Lee")
RELATE ONE([People])
ALERT("automatic: "+[Companies]Name)
ALL RECORDS([Companies])
QUERY([Parts];[Parts]Code="P1")
RELATE ONE([Parts])
ALERT("manual, not followed: "+String(Records in selection([Companies])))
// SET AUTOMATIC RELATIONS(True; False) makes the manual Many-to-One relations automatic
// (set-automatic-relations.md), GET AUTOMATIC RELATIONS reads it back.
SET AUTOMATIC RELATIONS(True; False)
GET AUTOMATIC RELATIONS($one; $many)
ALERT("automatic relations: "+String($one)+" "+String($many))
RELATE ONE([Parts])
ALERT("now followed: "+[Companies]Name+" "+String(Records in selection([Companies])))
SET AUTOMATIC RELATIONS(False; False)

// --- RELATE MANY (relate-many.md, the example: people and parts of each company).
ALL RECORDS([Companies])
ORDER BY([Companies];[Companies]Name)
$line:=""
For ($i; 1; Records in table([Companies]))
	RELATE MANY([Companies]ID)
	$line:=$line+[Companies]Name+":"+String(Records in selection([People]))+"/"+String(Records in selection([Parts]))+" "
	NEXT RECORD([Companies])
End for
ALERT($line)
// The table form establishes all One-to-Many relations of the table.
QUERY([Companies];[Companies]Name="Globex")
RELATE MANY([Companies])
ALERT("Globex: "+String(Records in selection([People]))+" people, first "+[People]Last Name+", "+String(Records in selection([Parts]))+" parts")

// --- RELATE ONE SELECTION / RELATE MANY SELECTION (relate-one-selection.md,
// relate-many-selection.md).
QUERY([People];[People]Salary>=4000)
RELATE ONE SELECTION([People];[Companies])
ORDER BY([Companies];[Companies]Name)
SELECTION TO ARRAY([Companies]Name; $companies)
ALERT("companies of people earning 4000 or more: "+String(Size of array($companies))+" "+$companies{1}+" "+$companies{2})
QUERY([Companies];[Companies]Name="Acme";*)
QUERY([Companies];|;[Companies]Name="Initech")
RELATE MANY SELECTION([People]Company)
ALERT("people of Acme and Initech: "+String(Records in selection([People])))

// --- SET QUERY DESTINATION (set-query-destination.md)
ALL RECORDS([People])
SET QUERY DESTINATION(Into set; "rich")
QUERY([People];[People]Salary>4000)
ALERT("into set: "+String(Records in set("rich"))+", selection still "+String(Records in selection([People])))
SET QUERY DESTINATION(Into named selection; "poor")
QUERY([People];[People]Salary<4000)
ALERT("into named selection, selection still "+String(Records in selection([People])))
var $found : Integer
SET QUERY DESTINATION(Into variable; $found)
QUERY([People];[People]Company=2)
ALERT("into variable: "+String($found)+", selection still "+String(Records in selection([People])))
GET QUERY DESTINATION($type; $name; $ptr)
ALERT("destination "+String($type)+" ["+$name+"] "+String($ptr->))
var $count : Integer
SET QUERY DESTINATION(Into variable; ""; ->$count)
QUERY BY FORMULA([People]; [People]Salary>2500)
ALERT("by pointer: "+String($count))
SET QUERY DESTINATION(Into current selection)
USE NAMED SELECTION("poor")
ALERT("poor: "+String(Records in selection([People])))
// SET QUERY LIMIT (set-query-limit.md): at most that many records.
SET QUERY LIMIT(2)
ALERT("limit "+String(Get query limit))
QUERY([People];[People]Salary>0)
ALERT("limited: "+String(Records in selection([People])))
SET QUERY LIMIT(0)
QUERY([People];[People]Salary>0)
ALERT("unlimited: "+String(Records in selection([People])))

// --- APPLY TO SELECTION (apply-to-selection.md, example 1): changed records are saved.
ALL RECORDS([People])
APPLY TO SELECTION([People];[People]Last Name:=Uppercase([People]Last Name))
UNLOAD RECORD([People])
QUERY([People];[People]ID=3)
ALERT("applied: "+[People]Last Name+" locked set "+String(Records in set("LockedSet"))+" OK="+String(OK))
// A statement that changes nothing saves nothing: it can gather values.
$total:=0
ALL RECORDS([People])
APPLY TO SELECTION([People];$total:=$total+[People]Salary)
ALERT("total "+String($total))

// --- ORDER BY FORMULA (order-by-formula.md's example: longest last name first).
ALL RECORDS([People])
ORDER BY FORMULA([People];Length([People]Last Name);<;[People]Salary;>)
SELECTION TO ARRAY([People]Last Name; $names)
ALERT("by length: "+$names{1}+" "+$names{2}+" "+$names{3}+" "+$names{4}+" "+$names{5}+" current "+[People]Last Name)

// --- ARRAY TO SELECTION (array-to-selection.md): into the selection, then new records.
QUERY([Parts];[Parts]Supplier=2)
ORDER BY([Parts];[Parts]Code)
ARRAY TEXT($codes; 3)
ARRAY LONGINT($suppliers; 3)
$codes{1}:="Q2"
$codes{2}:="Q3"
$codes{3}:="Q4"
$suppliers{1}:=3
$suppliers{2}:=3
$suppliers{3}:=1
ARRAY TO SELECTION($codes; [Parts]Code; *)
ARRAY TO SELECTION($suppliers; [Parts]Supplier; *)
ARRAY TO SELECTION
ALL RECORDS([Parts])
ORDER BY([Parts];[Parts]Code)
SELECTION TO ARRAY([Parts]Code; $all; [Parts]Supplier; $sup)
ALERT("parts: "+String(Size of array($all))+" "+$all{1}+":"+String($sup{1})+" "+$all{2}+":"+String($sup{2})+" "+$all{4}+":"+String($sup{4}))
ARRAY TEXT($short; 1)
Try
	ARRAY TO SELECTION($codes; [Parts]Code; $short; [Parts]Code)
Catch
	ALERT("sizes differ: error "+String(Last errors[0].errCode))
End try

// --- PUSH RECORD / POP RECORD (push-record.md, pop-record.md): a pushed copy, edits
// included, comes back as the current record whatever the selection.
QUERY([People];[People]ID=1)
[People]Salary:=9999
PUSH RECORD([People])
QUERY([People];[People]ID=2)
ALERT("between: "+[People]Last Name)
POP RECORD([People])
ALERT("popped: "+[People]Last Name+" "+String([People]Salary)+" modified "+String(Modified record([People]))+" selection "+String(Records in selection([People])))
SAVE RECORD([People])
ALERT("saved: "+String([People]Salary))

// --- TRUNCATE TABLE (truncate-table.md): every record goes, no current selection or
// record is left, OK is 1; inside a transaction it does nothing and OK is 0.
START TRANSACTION
TRUNCATE TABLE([Parts])
ALERT("in a transaction: "+String(Records in table([Parts]))+" OK="+String(OK))
CANCEL TRANSACTION
ALL RECORDS([Parts])
TRUNCATE TABLE([Parts])
ALERT("truncated: "+String(Records in table([Parts]))+" selection "+String(Records in selection([Parts]))+" OK="+String(OK)+" companies "+String(Records in table([Companies])))
