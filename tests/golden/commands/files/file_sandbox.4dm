// test: expect-error
// The sandbox (docs/files.md, issue 16): File and Folder reach the project folder, the run's
// temporary folder and --allow-path folders only; anything else fails with -45 ("The file is
// locked or the pathname is not correct", 4d/docs docs/commands/delete-folder.md), and a
// relative path with -37 (docs/commands/file.md: "Only absolute pathnames are supported").
var $paths : Collection
$paths:=New collection("/PACKAGE/../secret.txt"; "/etc/passwd"; "relative/a.txt"; "/DATA/../../x")
var $p : Text
For each ($p; $paths)
	Try
		$f:=File($p)
		ALERT($p+" -> "+$f.path)
	Catch
		ALERT($p+" -> error "+String(Last errors[0].errCode))
	End try
End for each
Try
	$f:=File("/etc/passwd"; fk platform path)
Catch
	ALERT("platform /etc/passwd -> error "+String(Last errors[0].errCode))
End try
// .. climbing inside a filesystem is fine, above it is not (docs/Concepts/paths.md)
ALERT(Folder("/DATA/a/../b").path)
Try
	$d:=Folder(fk documents folder).folder("../../../..")
	ALERT($d.platformPath)
Catch
	ALERT("out of the temporary folder -> error "+String(Last errors[0].errCode))
End try
// An unknown path type is -50
Try
	$f:=File("/DATA/a.txt"; 7)
Catch
	ALERT("path type 7 -> error "+String(Last errors[0].errCode))
End try
// A file that is not there: getText fails with -43 (docs/commands/test-path-name.md)
$f:=File("/DATA/none.txt")
$t:=$f.getText()
