ALERT("logout")
