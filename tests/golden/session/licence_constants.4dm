// The "Is License Available" constants of the SET PLUGIN ACCESS page, in English
// and in the French edition ("Licence disponible"): same names, same values.
ALERT("4D Client SOAP license "+String(4D Client SOAP license))
ALERT("4D Client Web license "+String(4D Client Web license))
ALERT("4D for OCI license "+String(4D for OCI license))
ALERT("4D ODBC Pro license "+String(4D ODBC Pro license))
ALERT("4D View license "+String(4D View license))
ALERT("4D Write license "+String(4D Write license))
// Tokenized forms, as 4D saves them, resolve by their theme and position.
ALERT(String(4D Write license:K44:2)+" "+String(4D View license:K44:4))
// The French page lists the same constants (thème "Licence disponible"): binding by value works too.
SET PLUGIN ACCESS(4D Write license; "Writers")
ALERT(Get plugin access(808464697))
