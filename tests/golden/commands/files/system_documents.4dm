// test: expect-error
// System Documents commands over the sandbox (docs/files.md). Examples of the pages, with their
// folders inside the run's temporary folder (the project folder is this test's own folder).
$t:=Temporary folder

// 4d/docs docs/commands/text-to-document.md and document-to-text.md: write, then read back;
// line breaks become native (LF on Linux) unless Document unchanged.
TEXT TO DOCUMENT($t+"myTest.txt"; "Hello world"+Char(13)+Char(10)+"second line")
$read:=Document to text($t+"myTest.txt")
ALERT(String(Length($read))+" "+String(Position(Char(13); $read)))  // 23 0
ALERT(String(Length(Document to text($t+"myTest.txt"; "UTF-8"; Document unchanged))))  // 23
TEXT TO DOCUMENT($t+"crlf.txt"; "a"+Char(10)+"b"; "UTF-8"; Document with CRLF)
ALERT(String(Get document size($t+"crlf.txt")))  // 7: a BOM, a, CR, LF, b

// docs/commands/test-path-name.md: 1 a document, 0 a folder, -43 nothing there
ALERT(String(Test path name($t+"myTest.txt"))+" "+String(Test path name($t))+" "+String(Test path name($t+"none.txt")))  // 1 0 -43

// docs/commands/create-folder.md: with *, the whole hierarchy; the last name is a document's
CREATE FOLDER($t+"folder1")
CREATE FOLDER($t+"folder2/")
CREATE FOLDER($t+"a/b/c/file.txt"; *)
ALERT(String(Test path name($t+"a/b/c/"))+" "+String(Test path name($t+"a/b/c/file.txt")))  // 0 -43
TEXT TO DOCUMENT($t+"folder1/name1"; "one")

// docs/commands/copy-document.md, example 8 (its paths under the temporary folder)
COPY DOCUMENT($t+"folder1/name1"; $t+"folder2/")  // creates the "folder2/name1" file
COPY DOCUMENT($t+"folder1/name1"; $t+"folder2/"; "new")  // creates the "folder2/new" file
COPY DOCUMENT($t+"folder1/name1"; $t+"folder2/name2")  // creates the "folder2/name2" file
COPY DOCUMENT($t+"folder1/"; $t+"folder2/")  // creates the "folder2/folder1/" folder
COPY DOCUMENT($t+"folder1/"; $t+"folder2/"; "newf")  // creates the "folder2/newf/" folder
ARRAY TEXT($docs; 0)
DOCUMENT LIST($t+"folder2"; $docs)
ALERT(String(Size of array($docs))+": "+$docs{1}+" "+$docs{2}+" "+$docs{3})  // 3: name1 name2 new
FOLDER LIST($t+"folder2"; $docs)
ALERT(String(Size of array($docs))+": "+$docs{1}+" "+$docs{2})  // 2: folder1 newf
DOCUMENT LIST($t+"folder2"; $docs; Recursive parsing)
ALERT(String(Size of array($docs)))  // 5
// "An error is generated if there is already a document named destinationName unless you specify *"
Try
	COPY DOCUMENT($t+"folder1/name1"; $t+"folder2/name2")
Catch
	ALERT("error "+String(Last errors[0].errCode))  // error -48
End try
COPY DOCUMENT($t+"folder1/name1"; $t+"folder2/name2"; *)

// MOVE DOCUMENT (commands/move-document.md): moves and renames
MOVE DOCUMENT($t+"folder2/name2"; $t+"folder1/moved")
ALERT(String(Test path name($t+"folder2/name2"))+" "+Document to text($t+"folder1/moved"))  // -43 one

// DELETE DOCUMENT sets OK; DELETE FOLDER (commands/delete-folder.md): -47 when not empty
DELETE DOCUMENT($t+"folder1/moved")
ALERT(String(OK))  // 1
Try
	DELETE FOLDER($t+"folder2")
Catch
	ALERT("error "+String(Last errors[0].errCode))  // error -47
End try
DELETE FOLDER($t+"folder2"; Delete with contents)
ALERT(String(Test path name($t+"folder2")))  // -43

// Create document, SEND PACKET, RECEIVE PACKET (commands-legacy/create-document.md,
// send-packet.md, receive-packet.md): a stop string is consumed, not returned; OK is 0 when
// nothing was left to read.
$doc:=Create document($t+"packets.txt")
ALERT(String(OK)+" "+String(Document=($t+"packets.txt"))+" "+String(Type($doc)=Is time))  // 1 True True
SEND PACKET($doc; "Smith"+Char(Tab)+"John"+Char(Carriage return))
SEND PACKET($doc; "Doe"+Char(Tab)+"Jane"+Char(Carriage return))
ALERT(String(Get document position($doc))+" "+String(Get document size($doc)))  // 20 20
CLOSE DOCUMENT($doc)
$doc:=Open document($t+"packets.txt"; Read Mode)
var $field : Text
RECEIVE PACKET($doc; $field; Char(Tab))
ALERT($field+" "+String(OK))  // Smith 1
RECEIVE PACKET($doc; $field; Char(Carriage return))
ALERT($field)  // John
RECEIVE PACKET($doc; $field; 3)
ALERT($field)  // Doe
SET DOCUMENT POSITION($doc; -5; 2)
RECEIVE PACKET($doc; $field; "")
ALERT(Replace string($field; Char(Carriage return); "⏎"))  // Jane⏎
RECEIVE PACKET($doc; $field; "")
ALERT("["+$field+"] "+String(OK))  // [] 0
CLOSE DOCUMENT($doc)
$doc:=Append document($t+"packets.txt")
ALERT(String(Get document position($doc)))  // 20
CLOSE DOCUMENT($doc)

// GET DOCUMENT PROPERTIES (commands/get-document-properties.md)
GET DOCUMENT PROPERTIES($t+"packets.txt"; $locked; $invisible; $createdOn; $createdAt; $modifiedOn; $modifiedAt)
ALERT(String($locked)+" "+String($invisible)+" "+String(Type($modifiedAt)=Is time))  // False False True

// Path to object and Object to path (commands-legacy/path-to-object.md, examples 1 and 2)
$o:=Path to object("/first/second.bundle/"; Path is POSIX)
ALERT($o.parentFolder+" "+$o.name+" "+$o.extension+" "+String($o.isFolder))  // /first/ second .bundle True
$o:=Path to object("/folder/.invisible"; Path is POSIX)
ALERT($o.parentFolder+" "+$o.name+" ["+$o.extension+"] "+String($o.isFolder))  // /folder/ .invisible [] False
$o:=Path to object("/4D/resources/images/4D.jpg")
$o.name:="4DOld"
ALERT(Object to path($o))  // /4D/resources/images/4DOld.jpg

// Convert path system to POSIX (commands/convert-path-system-to-posix.md): * %-escapes
ALERT(Convert path system to POSIX("/My folder/a b.txt"; *))  // /My%20folder/a%20b.txt
ALERT(Convert path POSIX to system("/My%20folder/a%20b.txt"; *))  // /My folder/a b.txt

// The sandbox: a document out of it fails with -45
Try
	$text:=Document to text("../../secret.txt")
Catch
	ALERT("error "+String(Last errors[0].errCode))  // error -45
End try
// A dialog: a headless run has no one to answer it
$path:=Select document(""; "*"; "Choose"; 0)
