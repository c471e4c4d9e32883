// Localized string, Get database localization, SET DATABASE LOCALIZATION
// (4d/docs docs/commands-legacy/localized-string.md, get-database-localization.md,
// docs/commands/set-database-localization.md). The project has en, fr and fr_ca
// folders: English is chosen (the system's language, then English), and the
// files at the top of Resources are read in every language.
ALERT(Get database localization+" "+Get database localization(Current localization)+" "+Get database localization(User system localization))  // en en en
ALERT(Localized string("Show on disk")+" "+String(OK))  // Show on disk 1
ALERT(Localized string("AppName"))  // Demo: from Resources/constants.xlf
$missing:=Localized string("nothing")
ALERT("["+$missing+"] "+String(OK))  // [] 0
// XLIFF is diacritical: a resname is found as written.
ALERT("["+Localized string("show on disk")+"]")  // []
// The page's example: the French string once French is the current language.
SET DATABASE LOCALIZATION("fr")
ALERT(String(OK)+" "+Get database localization(Current localization)+" "+Get database localization)  // 1 fr en
$FRvalue:=Localized string("Show on disk")
ALERT($FRvalue)  // Montrer sur le disque
// set-database-localization.md, Example 2: "fr" then "fr-ca" (folder fr_ca).
ALERT(Localized string("Shopping"))  // Faire les courses
SET DATABASE LOCALIZATION("fr-ca")
ALERT(Localized string("Shopping"))  // Magasiner
// A language without a folder: OK 0, the language stays.
SET DATABASE LOCALIZATION("de")
ALERT(String(OK)+" "+Get database localization(Current localization))  // 0 fr-ca
