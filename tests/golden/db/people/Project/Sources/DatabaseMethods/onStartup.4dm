// Structure access, records, QUERY, ORDER BY, selections, sets and transactions on a
// small [Company]/[People] structure. Expected values from 4d/docs commands-legacy pages
// cited at each step.

// --- Structure (get-field-properties.md, table-name.md, field-name.md, table.md, field.md)
ALERT(Table name(2)+" "+Table name(->[Company]))
ALERT(Field name(->[People]Last Name)+" "+Field name(2; 5))
ALERT(String(Table(->[People]Salary))+" "+String(Field(->[People]Salary)))
$p:=Field(2; 4)
ALERT(Field name($p))
ALERT(String(Get last table number)+" "+String(Last field number(2))+" "+String(Last field number(->[Company])))
ALERT(String(Is table number valid(2))+" "+String(Is table number valid(7))+" "+String(Is field number valid(2; 9))+" "+String(Is field number valid(2; 10)))
var $type; $len : Integer
var $indexed; $unique; $invisible : Boolean
GET FIELD PROPERTIES(->[People]Last Name; $type; $len; $indexed; $unique; $invisible)
ALERT(String($type)+" "+String($len)+" "+String($indexed)+" "+String($unique)+" "+String($invisible))
GET FIELD PROPERTIES(2; 7; $type; $len; $indexed; $unique)
ALERT(String($type)+" "+String($len)+" "+String($indexed)+" "+String($unique))
GET FIELD PROPERTIES(->[People]Salary; $type)
ALERT(String($type))  // Is real: 1

// --- Creating records (create-record.md, save-record.md, sequence-number.md)
CREATE RECORD([Company])
[Company]Name:="Acme"
[Company]State:="NY"
SAVE RECORD([Company])
ALERT("company ID "+String([Company]ID))
CREATE RECORD([Company])
[Company]Name:="Globex"
[Company]State:="CA"
SAVE RECORD([Company])
ARRAY TEXT($last; 5)
$last{1}:="Smith"
$last{2}:="Jones"
$last{3}:="smith"
$last{4}:="Adams"
$last{5}:="Brown"
For ($i; 1; 5)
	CREATE RECORD([People])
	ALERT("new: "+String(Is new record([People]))+" "+String(Record number([People])))
	[People]Last Name:=$last{$i}
	[People]First Name:=Choose($i; ""; "John"; "Ann"; "Zoe"; "Bob"; "Eve")
	[People]Salary:=$i*10000
	[People]Hired:=Add to date(!2020-01-01!; 0; $i; 0)
	[People]CompanyID:=Choose($i%2; 2; 1)
	[People]Badge:="B"+String($i)
	[People]Active:=($i#3)
	SAVE RECORD([People])
End for
ALERT("in table "+String(Records in table([People]))+", in selection "+String(Records in selection([People])))
ALERT("last saved: #"+String(Record number([People]))+" ID "+String([People]ID)+" new "+String(Is new record([People])))

// --- ALL RECORDS and moving in the selection (first-record.md, next-record.md, end-selection.md)
ALL RECORDS([People])
$names:=""
While (Not(End selection([People])))
	$names:=$names+[People]Last Name+"("+String(Selected record number([People]))+") "
	NEXT RECORD([People])
End while
ALERT($names)
ALERT("end "+String(End selection([People]))+" before "+String(Before selection([People]))+" current #"+String(Record number([People])))
LAST RECORD([People])
ALERT("last: "+[People]Last Name)
PREVIOUS RECORD([People])
ALERT("previous: "+[People]Last Name)
FIRST RECORD([People])
PREVIOUS RECORD([People])
ALERT("before "+String(Before selection([People])))
GOTO SELECTED RECORD([People]; 3)
ALERT("3rd: "+[People]Last Name)

// --- QUERY (query.md: example 3 "a@", example 5 case-insensitive Smith, example 8 "|", example 16 range)
QUERY([People];[People]Last Name="Smith")
ALERT("Smith: "+String(Records in selection([People])))
QUERY([People];[People]Last Name="s@")
ALERT("s@: "+String(Records in selection([People])))
QUERY([People];[People]Last Name="smith";*)
QUERY([People];|;[People]Last Name="jones")
ALERT("smith or jones: "+String(Records in selection([People])))
QUERY([People];[People]Salary>=20000;*)
QUERY([People];&;[People]Salary<50000)
ALERT("20000..49999: "+String(Records in selection([People]))+" OK="+String(OK))
QUERY([People];[People]Last Name="smith";*)
QUERY([People];#;[People]First Name="Zoe")
ALERT("smith except Zoe: "+[People]First Name)
$oper:="#"
QUERY([People];[People]Last Name;$oper;"smith")
ALERT("not smith: "+String(Records in selection([People])))
QUERY([People];[Company]State="NY")  // example 10: a field of the related One table
ALERT("at NY companies: "+String(Records in selection([People])))
QUERY([People];[People]Active=False)
ALERT("inactive: "+[People]Last Name)
QUERY([People];[People]Hired>!2020-03-15!)
ALERT("hired after March 15: "+String(Records in selection([People])))
QUERY SELECTION([People];[People]Salary<50000)
ALERT("and earning less than 50000: "+String(Records in selection([People])))

// --- ORDER BY (order-by.md): several levels, > ascending, < descending
ALL RECORDS([People])
ORDER BY([People];[People]Last Name;>;[People]Salary;<)
SELECTION TO ARRAY([People]Last Name; $names2; [People]Salary; $salaries; [People]; $recs)
$line:=""
For ($i; 1; Size of array($names2))
	$line:=$line+$names2{$i}+":"+String($salaries{$i})+":#"+String($recs{$i})+" "
End for
ALERT($line)
ALERT("first after sort: "+[People]Last Name)

// --- Statistics (sum.md, average.md, min.md, max.md, distinct-values.md)
ALL RECORDS([People])
ALERT(String(Sum([People]Salary))+" "+String(Average([People]Salary))+" "+String(Min([People]Salary))+" "+String(Max([People]Salary)))
ALERT(String(Max([People]Hired); ISO date))
DISTINCT VALUES([People]Last Name; $distinct; $counts)
ALERT(String(Size of array($distinct))+" "+$distinct{1}+" "+$distinct{4}+"x"+String($counts{4}))

// --- Sets (create-set.md, union.md, intersection.md, difference.md)
QUERY([People];[People]Salary>20000)
CREATE SET([People]; "rich")
QUERY([People];[People]Last Name="smith")
CREATE SET([People]; "smiths")
UNION("rich"; "smiths"; "both")
INTERSECTION("rich"; "smiths"; "richSmiths")
DIFFERENCE("rich"; "smiths"; "richOthers")
ALERT(String(Records in set("both"))+" "+String(Records in set("richSmiths"))+" "+String(Records in set("richOthers")))
USE SET("richSmiths")
ALERT("rich smith: "+[People]First Name+" in set "+String(Is in set("rich")))
CLEAR SET("both")
CREATE EMPTY SET([People]; "picked")
ADD TO SET([People]; "picked")
ALERT("picked "+String(Records in set("picked")))

// --- Named selections (copy-named-selection.md, use-named-selection.md)
ALL RECORDS([People])
ORDER BY([People];[People]Salary;<)
COPY NAMED SELECTION([People]; "bySalary")
REDUCE SELECTION([People]; 2)
ALERT("reduced "+String(Records in selection([People])))
USE NAMED SELECTION("bySalary")
ALERT("back "+String(Records in selection([People]))+" first "+String([People]Salary))
CLEAR NAMED SELECTION("bySalary")

// --- Modifying, Old, Modified record (old.md, modified-record.md)
QUERY([People];[People]Badge="B2")
ALERT("modified "+String(Modified record([People])))
[People]Salary:=[People]Salary+1
ALERT("modified "+String(Modified record([People]))+" old "+String(Old([People]Salary))+" new "+String([People]Salary))
SAVE RECORD([People])
UNLOAD RECORD([People])
QUERY([People];[People]Badge="B2")
ALERT("saved "+String([People]Salary))

// --- Transactions (transactions.md, cancel-transaction.md)
START TRANSACTION
ALERT("level "+String(Transaction level)+" "+String(In transaction))
CREATE RECORD([People])
[People]Last Name:="Temp"
[People]Badge:="T1"
SAVE RECORD([People])
ALL RECORDS([People])
DELETE RECORD([People])
ALERT("inside: "+String(Records in table([People])))
CANCEL TRANSACTION
ALERT("after cancel: "+String(Records in table([People]))+" level "+String(Transaction level))
QUERY([People];[People]Last Name="Temp")
ALERT("temp: "+String(Records in selection([People])))
START TRANSACTION
QUERY([People];[People]Badge="B5")
DELETE RECORD([People])
VALIDATE TRANSACTION
ALERT("after validate: "+String(Records in table([People])))

// --- Deleting (delete-selection.md, delete-record.md)
QUERY([People];[People]Last Name="smith")
DELETE SELECTION([People])
ALERT("left "+String(Records in table([People]))+" selection "+String(Records in selection([People])))
ALERT("sequence "+String(Sequence number([People])))

// --- Record number and GOTO RECORD (record-number.md example, goto-record.md)
ALL RECORDS([People])
LAST RECORD([People])
$RecNum:=Record number([People])
QUERY([People];[People]Last Name="nobody")
ALERT("no current record: "+String(Record number([People]))+" ["+[People]Last Name+"]")
GOTO RECORD([People];$RecNum)
ALERT("back to #"+String(Record number([People]))+" "+[People]Last Name+", "+String(Records in selection([People]))+" selected")
Try
	GOTO RECORD([People];0)
Catch
	ALERT("deleted: "+String(Last errors[0].errCode)+" "+String(Records in selection([People])))
End try
Try
	GOTO RECORD([People];1000)
Catch
	ALERT("out of range: "+String(Last errors[0].errCode))
End try

// --- Errors with 4D's codes: a duplicated unique value (-9998)
CREATE RECORD([People])
[People]Badge:="B2"
[People]Last Name:="Dup"
var $e : Object
Try
	SAVE RECORD([People])
Catch
	$e:=Last errors[0]
	ALERT("error "+String($e.errCode)+" new "+String(Is new record([People])))
End try
ALERT("still "+String(Records in table([People])))

// A field of a table not related to the queried one
Try
	QUERY([People];[Log]Text="x")
Catch
	ALERT("unrelated: "+String(Last errors[0].errCode))
End try
// A pointer to a field works as the field (pointers.md)
$ptr:=->[People]Last Name
ALL RECORDS([People])
ORDER BY([People];$ptr->;>)
ALERT($ptr->+" "+String(Records in selection([People])))
$tp:=->[People]
ALERT(String(Records in table($tp->)))
