ALERT("OK clicked")
