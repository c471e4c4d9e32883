// File and Folder, and the 4D.File / 4D.Folder classes (4d/docs docs/commands/file.md,
// docs/commands/folder.md, docs/API/FileClass.md, docs/API/FolderClass.md, docs/API/Document.md,
// docs/API/Directory.md). Examples of the pages, with their folders inside the run's
// temporary folder (docs/files.md: fk documents folder is T/home/Documents/).
var $docs : 4D.Folder
$docs:=Folder(fk documents folder)
ALERT(String($docs.exists)+" "+String($docs.isFolder)+" "+String($docs.isFile)+" "+$docs.name)  // True True False Documents

// Folder.md, path properties: a filesystem's path keeps its filesystem, a folder's ends with /
ALERT(Folder("/DATA").path+" "+Folder(fk data folder).path+" "+Folder(fk resources folder).path)  // /DATA/ /DATA/ /RESOURCES/
ALERT(Folder("/SOURCES").parent.path+" "+String(Folder("/PACKAGE").parent=Null))  // /PROJECT/ True

// Document.md#name, #extension, #fullname
var $f : 4D.File
$f:=File("/RESOURCES/Archives/ReadMe.v2.txt")
ALERT($f.name+" | "+$f.extension+" | "+$f.fullName+" | "+$f.path+" | "+$f.parent.path)  // ReadMe.v2 | .txt | ReadMe.v2.txt | /RESOURCES/Archives/ReadMe.v2.txt | /RESOURCES/Archives/
ALERT(String($f.exists)+" "+String($f.size)+" "+String($f.isAlias)+" "+String($f.creationDate=!00-00-00!))  // False 0 False True

// FileClass.md#settext: "$myFile:=Folder(fk desktop folder).file("Hello.txt") $myFile.setText("Hello world")"
$myFile:=Folder(fk desktop folder).file("Hello.txt")
$myFile.setText("Hello world")
ALERT(String($myFile.exists)+" "+String($myFile.size)+" "+$myFile.getText())  // True 11 Hello world

// Document.md#gettext: UTF-8 by default; line breaks native (LF on Linux) unless Document unchanged
$billing:=$docs.file("Billing.txt")
$billing.setText("id name price vat"+Char(13)+Char(10)+"3 thé 1.06€"+Char(9)+"19.6"; "UTF-8"; Document unchanged)
ALERT(String(Length($billing.getText())))  // 34
ALERT(String(Length($billing.getText("UTF-8"; Document unchanged))))  // 35
ALERT(String($billing.size))  // 41 bytes: a BOM (UTF-8 named), CRLF, é and € in UTF-8

// FileClass.md#create: True when made, False when it was there already
$prefs:=$docs.file("SpecialPrefs/Designer.myPrefs")
ALERT(String($prefs.create())+" "+String($prefs.create())+" "+String($prefs.parent.exists))  // True False True

// Document.md#delete: "If($tempo.exists) $tempo.delete()"
$tempo:=$docs.file("SpecialPrefs/Designer.myPrefs")
If ($tempo.exists)
	$tempo.delete()
	ALERT("User preference file deleted.")  // User preference file deleted.
End if
ALERT(String($prefs.exists))  // False

// FileClass.md#moveto: $myFile.moveTo($DocFolder.folder("Archives");"Infos_old.txt")
$DocFolder:=Folder(fk documents folder)
$myFile:=$DocFolder.file("Current/Infos.txt")
$myFile.setText("infos")
$DocFolder.folder("Archives").create()
$moved:=$myFile.moveTo($DocFolder.folder("Archives"); "Infos_old.txt")
ALERT($moved.fullName+" "+$moved.parent.name+" "+String($myFile.exists)+" "+$moved.getText())  // Infos_old.txt Archives False infos

// FileClass.md#rename: $myFile.rename($myFile.name+"_old") — the name keeps no extension
$renamed:=$moved.rename($moved.name+"_old")
ALERT($renamed.fullName)  // Infos_old_old

// Document.md#copyto: copies, and fk overwrite replaces
$source:=$DocFolder.file("Current/photo.png")
$source.setText("v1")
$copy:=$source.copyTo($DocFolder)
$source.setText("v2")
$copy:=$source.copyTo($DocFolder; fk overwrite)
ALERT(String($copy.path=($DocFolder.path+"photo.png")))  // True
ALERT($copy.getText())  // v2

// Directory.md#files and #folders: sorted by name here; fk recursive goes down
ALERT($DocFolder.files().extract("fullName").join(","))  // Billing.txt,photo.png
ALERT($DocFolder.folders().extract("name").join(","))  // Archives,Current,SpecialPrefs
ALERT(String($DocFolder.files(fk recursive).length))  // 4
$DocFolder.file(".hidden").setText("")
ALERT(String($DocFolder.files().length)+" "+String($DocFolder.files(fk ignore invisible).length))  // 3 2
ALERT(String($DocFolder.file(".hidden").hidden))  // True

// FolderClass.md#copyto: a folder and its contents
$pics:=$DocFolder.folder("Current").copyTo($DocFolder.folder("Archives"); "Pic_Archives")
ALERT($pics.files().extract("fullName").join(","))  // photo.png

// FolderClass.md#delete: Delete only if empty (the default) refuses a folder that holds files
Try
	$DocFolder.folder("Archives").delete()
Catch
	ALERT("error "+String(Last errors[0].errCode))  // error -47
End try
$DocFolder.folder("Archives").delete(Delete with contents)
ALERT(String($DocFolder.folder("Archives").exists))  // False

// File(fileConstant): 4D's own files do not exist in fourd: "a null object is returned"
ALERT(String(File(Backup log file)=Null))  // True
ALERT(String(OB Instance of($f; 4D.File) & OB Instance of($docs; 4D.Folder)))  // True
