// helper
C_TEXT($1)
C_TEXT(${2})
$0:=$1+"|"+$2+"|"+$3+"|"+String(Count parameters)
