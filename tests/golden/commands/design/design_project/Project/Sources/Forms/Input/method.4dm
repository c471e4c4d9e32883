ALERT("form")
