// A comment ending in a backslash then a blank ends on its line (4DPop-XLIFF's
// FILE_GetVolumeName: //... \\srv-4d\tempo\ ), so the next line is code.
$a:=1  //C:\test\ 
$b:=2
// A comment whose very last character is a backslash takes the next line.
//$c:=3+\
4
