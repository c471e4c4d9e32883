// Number operators (docs/language.md §5, §9.4; 4d/docs versioned_docs/version-21/
// Concepts/dt_number.md). Every numeric literal is a Real.
ALERT(String(2+3)+" "+String(3-2)+" "+String(5*2)+" "+String(5/2)+" "+String(2^3))  // 5 1 10 2.5 8
// "\" is Int(a/b): the floor.
ALERT(String(5\2)+" "+String(-7\2)+" "+String(7\-2)+" "+String(7.9\2))  // 2 -4 -4 3
// "%": operands truncated to 32-bit integers, result has the dividend's sign.
ALERT(String(10%2)+" "+String(10%3)+" "+String(10.5%2)+" "+String(5%2))  // 0 1 0 1
ALERT(String(-7%2)+" "+String(7%-2)+" "+String(7.9%3)+" "+String(-7.9%3))  // -1 1 1 -1
// Mod rounds real arguments first, halves away from zero (docs/commands/mod.md).
ALERT(String(Mod(-7; 2))+" "+String(Mod(10.5; 2))+" "+String(Mod(3.5; 2)))  // -1 1 0
// Division by zero is no error: infinities.
ALERT(String(1/0)+" "+String(-1/0)+" "+String((1/0)=(1/0)))  // INF -INF True
// Comparisons.
ALERT(String(10=10)+String(10=11)+String(10#11)+String(10#10))  // TrueFalseTrueFalse
ALERT(String(11>10)+String(10>11)+String(10<11)+String(11<10))  // TrueFalseTrueFalse
ALERT(String(11>=10)+String(10>=11)+String(10<=11)+String(11<=10))  // TrueFalseTrueFalse
// Real equality uses ε = 10^-6 by default; < and > compare exactly.
ALERT(String(0.000001=0.000002)+" "+String(0.00001=0.00002))  // True False
ALERT(String(0.1+0.2=0.3)+" "+String(1.0000001>1)+" "+String(1.0000001<=1))  // True True True
SET REAL COMPARISON LEVEL(0.1)
ALERT(String(1=1.05)+" "+String(1=1.2)+" "+String(1.05>=1.1))  // True False True
SET REAL COMPARISON LEVEL(0.000001)
ALERT(String(1=1.05))  // False: back to the default level
// Bitwise operators work on 32-bit integers (the docs' table). "&x" prints 4
// hex digits when the value fits in 16 bits (String(0 ?+ 7;"&x") = "0x0080").
ALERT(String(0x0000FFFF & 0xFF00FF00; "&x"))  // 0xFF00
ALERT(String(0x0000FFFF | 0xFF00FF00; "&x"))  // 0xFF00FFFF
ALERT(String(0x0000FFFF ^| 0xFF00FF00; "&x"))  // 0xFF0000FF
ALERT(String(0x0000FFFF << 8; "&x"))  // 0x00FFFF00
ALERT(String(0x0000FFFF >> 8; "&x"))  // 0x00FF
ALERT(String(0x00000000 ?+ 16; "&x"))  // 0x00010000
ALERT(String(0x00010000 ?- 16; "&x"))  // 0x0000
ALERT(String(0x00010000 ?? 16)+" "+String(0x00010000 ?? 15))  // True False
ALERT(String(1 << 0)+" "+String(1 << 32)+" "+String(1 << 31))  // 1 0 -2147483648: shifting by 32 or more gives 0
ALERT(String(-1 >> 28))  // 15: new bits are 0
ALERT(String(0xFFFFFFFF)+" "+String(0xFF))  // -1 255: hexadecimal literals are 32-bit
// Integer variables round halves away from zero and wrap to 32 bits.
var $i : Integer
$i:=3.7
ALERT(String($i))  // 4
$i:=-2.5
ALERT(String($i))  // -3
$i:=2.5
ALERT(String($i))  // 3
$i:=2147483647
$i:=$i+1
ALERT(String($i))  // -2147483648
$i:=?01:00:00?
ALERT(String($i))  // 3600: a Time is its number of seconds
// Compound assignment.
$x:=2
$x+=5
$x-=1
$x*=10
$x/=4
ALERT(String($x))  // 15
// Unary minus applies to the operand with its postfix chain.
$o:=New object("n"; 3)
ALERT(String(-$o.n)+" "+String(-2^2)+" "+String(2--1))  // -3 4 3
// Math functions.
ALERT(String(Int(-123.4))+" "+String(Int(123.4))+" "+String(Trunc(-1.7; 0))+" "+String(Abs(-3.5)))  // -124 123 -2 3.5: Trunc goes toward negative infinity (trunc.md)
ALERT(String(Round(2.5; 0))+" "+String(Round(-2.5; 0))+" "+String(Round(1234.5678; 2))+" "+String(Round(1234.5678; -2)))  // 3 -3 1234.57 1200
ALERT(String(Dec(3.25))+" "+String(Square root(16))+" "+String(Exp(0))+" "+String(Log(1)))  // 0.25 4 1 0
