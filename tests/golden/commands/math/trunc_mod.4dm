// Trunc and Mod (4d/docs docs/commands/trunc.md, mod.md): the pages' examples.
ALERT(String(Trunc(216.897; 1))+" "+String(Trunc(216.897; -1))+" "+String(Trunc(-216.897; 1))+" "+String(Trunc(-216.897; -1)))  // 216.8 210 -216.9 -220
ALERT(String(Trunc(2.3; 1))+" "+String(Trunc(-0.5; 0))+" "+String(Trunc(7; 0)))  // 2.3 -1 7
ALERT(String(Mod(3; 2))+" "+String(Mod(4; 2))+" "+String(Mod(3.5; 2)))  // 1 0 0
// Round (4d/docs docs/commands/round.md): by the digit after places, on the decimal number.
ALERT(String(Round(16.857; 2))+" "+String(Round(32345.67; -3))+" "+String(Round(29.8725; 3))+" "+String(Round(-1.5; 0)))  // 16.86 32000 29.873 -2
