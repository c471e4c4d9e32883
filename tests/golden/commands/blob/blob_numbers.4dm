// test: expect-error
// BLOB sizes and numbers (4d/docs docs/commands-legacy/set-blob-size.md,
// blob-size.md, integer-to-blob.md, longint-to-blob.md, real-to-blob.md,
// blob-to-integer.md, copy-blob.md, insert-in-blob.md, delete-from-blob.md).
// SET BLOB SIZE, Example 2: 16K of 0xFF.
var vxData : Blob
SET BLOB SIZE(vxData; 16*1024; 0xFF)
ALERT(String(BLOB size(vxData))+" "+String(vxData{0})+" "+String(vxData{16383}))  // 16384 255 255
SET BLOB SIZE(vxData; 0)  // Example 1: free the memory
ALERT(String(BLOB size(vxData)))  // 0
// INTEGER TO BLOB, Example 1: at an offset, Macintosh byte ordering.
SET BLOB SIZE(vxBlob; 100)
vlOffset:=50
INTEGER TO BLOB(518; vxBlob; Macintosh byte ordering; vlOffset)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{50})+" "+String(vxBlob{51})+" "+String(vlOffset))  // 100 2 6 52
// Example 2: PC byte ordering replaces the contents.
INTEGER TO BLOB(0x0206; vxBlob; PC byte ordering)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{0})+" "+String(vxBlob{1}))  // 2 6 2
// Example 3: * appends.
SET BLOB SIZE(vxBlob; 100)
INTEGER TO BLOB(0x0206; vxBlob; PC byte ordering; *)
ALERT(String(BLOB size(vxBlob))+" "+String(vxBlob{100})+" "+String(vxBlob{101}))  // 102 6 2
// Example 5: Macintosh byte ordering.
INTEGER TO BLOB(0x0206; vxBlob; Macintosh byte ordering)
ALERT(String(vxBlob{0})+" "+String(vxBlob{1}))  // 2 6
// Reading back, with an offset that moves.
LONGINT TO BLOB(-2; vxBlob; Macintosh byte ordering)
LONGINT TO BLOB(70000; vxBlob; PC byte ordering; *)
$offset:=0
ALERT(String(BLOB to longint(vxBlob; Macintosh byte ordering; $offset))+" "+String(BLOB to longint(vxBlob; PC byte ordering; $offset))+" "+String($offset))  // -2 70000 8
ALERT(String(BLOB to integer(vxBlob; Macintosh byte ordering)))  // -1
// REAL TO BLOB: 8 bytes, or 10 in Extended real format (Examples 1, 2, 4, 6).
REAL TO BLOB(1.5; vxBlob; Extended real format)
ALERT(String(BLOB size(vxBlob))+" "+String(BLOB to real(vxBlob; Extended real format)))  // 10 1.5
REAL TO BLOB(1.5; vxBlob; Native real format)
ALERT(String(BLOB size(vxBlob)))  // 8
SET BLOB SIZE(vxBlob; 100)
vlOffset:=50
REAL TO BLOB(-0.25; vxBlob; PC double real format; vlOffset)
ALERT(String(BLOB size(vxBlob))+" "+String(vlOffset))  // 100 58
$offset:=50
ALERT(String(BLOB to real(vxBlob; PC double real format; $offset)))  // -0.25
REAL TO BLOB(2; vxBlob; Extended real format; *)
ALERT(String(BLOB size(vxBlob)))  // 110
REAL TO BLOB(3.25; vxBlob; Macintosh double real format)
ALERT(String(vxBlob{0})+" "+String(BLOB to real(vxBlob; Macintosh double real format)))  // 64 3.25
// COPY BLOB: the destination grows to take the bytes.
TEXT TO BLOB("abcdef"; $src; UTF8 text without length)
COPY BLOB($src; $dst; 2; 1; 3)
$offset2:=1
ALERT(String(BLOB size($dst))+" "+String($dst{0})+" "+BLOB to text($dst; UTF8 text without length; $offset2))  // 4 0 cde: byte 0 is new
// INSERT IN BLOB and DELETE FROM BLOB.
INSERT IN BLOB($src; 1; 2; Character code("-"))
ALERT(BLOB to text($src; UTF8 text without length; $o))  // a--bcdef
DELETE FROM BLOB($src; 0; 3)
ALERT(BLOB to text($src; UTF8 text without length; $o2))  // bcdef
$src{0}:=Character code("B")
ALERT(BLOB to text($src; UTF8 text without length; $o3))  // Bcdef
// A BLOB is a value: assigning copies it.
$copy:=$src
SET BLOB SIZE($copy; 1)
ALERT(String(BLOB size($src))+" "+String(BLOB size($copy)))  // 5 1
$b:=$src{5}  // past the end: -30005
