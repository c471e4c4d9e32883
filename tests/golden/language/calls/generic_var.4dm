// 4d/docs docs/Concepts/parameters.md, "Using generic parameters": the calling method gets "182.70".
ALERT(MySumVar("##0.00"; 125.2; 33.5; 24))  // 182.70
ALERT(MySumVar("000"; 1; 2; 3; 200))  // 206
