// test: --allow-path ../files_allowed
// --allow-path DIR opens one more folder to file commands (docs/files.md, issue 16): the
// sibling folder files_allowed is outside this test's project folder, and readable here.
$db:=Get 4D folder(Database folder)
ALERT(Document to text($db+"../files_allowed/shared.txt"))  // shared by --allow-path
$f:=Folder($db+"../files_allowed"; fk platform path).file("shared.txt")
ALERT(String($f.exists)+" "+$f.fullName)  // True shared.txt
// Only that folder: its neighbours stay out of reach (-45)
Try
	$t:=Document to text($db+"../string/")
Catch
	ALERT("error "+String(Last errors[0].errCode))  // error -45
End try
