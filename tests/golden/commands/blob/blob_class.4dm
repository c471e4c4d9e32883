// 4D.Blob (4d/docs docs/API/BlobClass.md): 4D.Blob.new, .size, .slice — the page's
// example, with CONVERT FROM TEXT writing a BLOB variable that 4D.Blob.new wraps
// (fourd's commands write scalar BLOBs only) — and File.getContent()/.setContent()
// (docs/API/FileClass.md, Document.md): the file's bytes as a 4D.Blob.
var $scalar : Blob
var $myBlob; $myNewBlob; $empty : 4D.Blob
var $myString : Text
CONVERT FROM TEXT("Hello, World!"; "UTF-8"; $scalar)
$myBlob:=4D.Blob.new($scalar)
ALERT(String(OB Instance of($myBlob; 4D.Blob)))  // True
$myString:=Convert to text($myBlob; "UTF-8")
ALERT($myString)  // Hello, World!
$myNewBlob:=$myBlob.slice(0; 5)
ALERT(Convert to text($myNewBlob; "UTF-8"))  // Hello
ALERT(String($myBlob.size)+" "+String($myNewBlob.size))  // 13 5
// start and end from the end when negative; past the size: empty
ALERT(Convert to text($myBlob.slice(-6); "UTF-8")+"|"+Convert to text($myBlob.slice(7; -1); "UTF-8")+"|"+String($myBlob.slice(20).size))  // World!|World|0
$empty:=4D.Blob.new()
ALERT(String($empty.size)+" "+String(BLOB size($myBlob)))  // 0 13
// a copy of another 4D.Blob
ALERT(String(4D.Blob.new($myNewBlob).size))  // 5
// File.setContent / getContent
var $f : 4D.File
$f:=File("/PACKAGE/content_test.bin")
$f.setContent($myBlob)
ALERT(String($f.size)+" "+$f.getText())  // 13 Hello, World!
var $back : 4D.Blob
$back:=$f.getContent()
ALERT(String(OB Instance of($back; 4D.Blob))+" "+String($back.size)+" "+Convert to text($back; "UTF-8"))
$f.setContent($scalar)
ALERT(String($f.getContent().size))  // 13
$f.delete()
