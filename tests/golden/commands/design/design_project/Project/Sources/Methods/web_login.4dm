//%attributes = {"shared":true,"invisible":true}
ALERT("login")
