// The helper methods 'Black' and 'Length' share their names with a 4D
// constant and a 4D command: the command wins over the method, the method
// over the constant (language.md 2.4).
$c:=Black
$n:=Length("abc")
$v:=Error method
$w:=Is text
