$0:=$1+$2
$v:=${1}
$v:=${$i}
${$i}:=0
$v:=${Count parameters}
$v:=$10
