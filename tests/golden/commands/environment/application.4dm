// Application version, Version type, Application info, Application type and
// the files of the project (4d/docs docs/commands/application-version.md,
// version-type.md, application-info.md, structure-file.md, data-file.md,
// component-list.md); fourd's values are in docs/environment.md.
var $build : Integer
$build:=-1
$v:=Application version($build)
ALERT($v+" "+Application version(*)+" "+String($build))  // 2100 F0002100 0
// Example 1 of the page.
$vs4Dversion:=Application version
ALERT("You are using the version "+String(Num(Substring($vs4Dversion; 1; 2)))+"."+$vs4Dversion[[3]]+"."+$vs4Dversion[[4]])  // You are using the version 21.0.0
// Example 2: a final version.
ALERT(String(Substring(Application version(*); 1; 1)="F"))  // True
ALERT(String(Version type ?? 64 bit version)+" "+String(Version type ?? Merged application))  // True False
$info:=Application info
ALERT(String($info.headless)+" "+String($info.launchedAsService)+" "+String(Value type($info.pid))+" "+String(Undefined($info.portID)))  // True False 1 True
ALERT(String(Application type=4D Local mode))  // True
// The structure file of a project is its .4DProject; a lone file's folder stands for one.
ALERT(String(Structure file=Structure file(*))+" "+String(Position(".4DProject"; Structure file)>0)+" "+String(Position("/Data/data.4DD"; Data file)>0))  // True True True
ALERT(String(Application file#""))  // True
COMPONENT LIST($components)
ALERT(String(Size of array($components))+" "+String(Is data file locked))  // 0 False
