// trigger
