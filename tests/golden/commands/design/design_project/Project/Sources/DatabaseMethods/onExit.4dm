ALERT(Current method path)  // [databaseMethod]/onExit
