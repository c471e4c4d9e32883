// Get 4D folder, Temporary folder, System folder (4d/docs
// docs/commands/get-4d-folder.md, temporary-folder.md, system-folder.md), as
// docs/files.md maps them: project folders are the project's (here, this
// test's folder), a desktop's are inside the run's temporary folder, which
// differs from run to run, so paths are printed relative to it.
$db:=Get 4D folder(Database folder)
ALERT(String(OK)+" "+String($db=Get 4D folder(Database folder Unix syntax))+" "+String($db[[Length($db)]]="/"))  // 1 True True
$temp:=Temporary folder
ALERT(String($temp[[Length($temp)]]="/")+" "+String(Position($db; $temp)=0))  // True True
ALERT(Replace string(System folder(Desktop); $temp; "T/")+" "+Replace string(System folder(Documents folder); $temp; "T/")+" "+Replace string(System folder; $temp; "T/"))  // T/home/Desktop/ T/home/Documents/ T/System/
ALERT(Replace string(Get 4D folder(Active 4D Folder); $temp; "T/"))  // T/home/Preferences/4D/
ALERT(Replace string(Get 4D folder(Data folder); $db; "DB/")+" "+Replace string(Get 4D folder(HTML Root folder); $db; "DB/"))  // DB/Data/ DB/WebFolder/
// Windows-only types are "", as on macOS; an unknown Get 4D folder selector is "" and OK 0.
ALERT("["+System folder(Start menu Win_all)+"]")  // []
$none:=Get 4D folder(99)
ALERT("["+$none+"] "+String(OK))  // [] 0
