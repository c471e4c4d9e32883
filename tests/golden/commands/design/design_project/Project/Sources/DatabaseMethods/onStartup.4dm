// Design Object Access, read-only (4d/docs docs/commands/method-get-names.md,
// current-method-path.md, method-get-paths.md, method-get-path.md,
// method-get-code.md, method-get-attribute.md, form-get-names.md).
ARRAY TEXT($t_Names; 0)
METHOD GET NAMES($t_Names)
ALERT(JSON Stringify array($t_Names))  // ["Show_Error","Show_Path","web_login","web_logout"]
METHOD GET NAMES($t_Names; "web_@")
ALERT(JSON Stringify array($t_Names))  // ["web_login","web_logout"]
ALERT(Current method path)  // [databaseMethod]/onStartup
Show_Path
// METHOD GET PATHS: by type; Example 2 (triggers + database methods); an Explorer folder.
ARRAY TEXT($arrPaths; 0)
METHOD GET PATHS(Path project method; $arrPaths)
ALERT(JSON Stringify array($arrPaths))  // ["Show_Error","Show_Path","web_login","web_logout"]
METHOD GET PATHS(Path trigger+Path database method; $arrPaths)
ALERT(JSON Stringify array($arrPaths))  // ["[databaseMethod]/onExit","[databaseMethod]/onStartup","[trigger]/table_1"]
METHOD GET PATHS(Path project form+Path class; $arrPaths)
ALERT(JSON Stringify array($arrPaths))  // ["[projectForm]/Input/{formMethod}","[projectForm]/Input/OK","[class]/Person"]
METHOD GET PATHS("web"; Path project method; $arrPaths)
ALERT(JSON Stringify array($arrPaths))  // ["web_login"]
$stamp:=0
METHOD GET PATHS(Path project method; $arrPaths; $stamp)
ALERT(String(Size of array($arrPaths))+" "+String($stamp))  // 4 1
// METHOD Get path (its example), without checking that the method exists.
ALERT(METHOD Get path(Path database method; "onStartup")+" "+METHOD Get path(Path project method; "any")+" "+METHOD Get path(Path project form; "Input"; "OK"))  // [databaseMethod]/onStartup any [projectForm]/Input/OK
// METHOD GET CODE: a method's text, its lines ending in carriage returns as in 4D's editor (the page's RAW example).
METHOD GET CODE("web_logout"; $code)
ALERT(Replace string($code; Char(Carriage return); "|"))  // ALERT("logout")|
ARRAY TEXT($codes; 0)
ARRAY TEXT($paths; 2)
$paths{1}:="[class]/Person"
$paths{2}:="[projectForm]/Input/OK"
METHOD GET CODE($paths; $codes)
ALERT(String(Size of array($codes))+" "+Replace string($codes{2}; Char(Carriage return); "|"))  // 2 ALERT("OK clicked")|
// METHOD Get attribute: from the method's %attributes line.
ALERT(String(METHOD Get attribute("web_login"; Attribute shared))+" "+String(METHOD Get attribute("web_login"; Attribute invisible))+" "+String(METHOD Get attribute("web_logout"; Attribute shared)))  // True True False
FORM GET NAMES($forms)
ALERT(JSON Stringify array($forms))  // ["Input"]
// A run does not change its project.
ON ERR CALL("Show_Error")
METHOD SET CODE("web_logout"; "ALERT(1)")
METHOD GET CODE("nothing"; $code)
ON ERR CALL("")
