If:=0
Until:=0
var:=1
