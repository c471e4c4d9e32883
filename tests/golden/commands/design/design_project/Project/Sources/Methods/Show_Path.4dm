ALERT(Current method path)  // Show_Path
