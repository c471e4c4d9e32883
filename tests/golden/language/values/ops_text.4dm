// Text operators and comparisons (docs/language.md §5, §9.1–9.3; 4d/docs
// docs/Concepts/dt_string.md).
ALERT("abc"+"def")  // abcdef
ALERT("ab"*3)  // ababab
ALERT("["+("ab"*0)+"]["+("ab"*-2)+"]"+("ab"*2.9))  // [][]abab: count truncated, ≤0 gives ""
ALERT(String("abc"="abc")+String("abc"="abd")+String("abc"#"abd")+String("abc"#"abc"))  // TrueFalseTrueFalse
ALERT(String("abd">"abc")+String("abc">"abc")+String("abc"<"abd")+String("abc"<"abc"))  // TrueFalseTrueFalse
ALERT(String("abd">="abc")+String("abc">="abd")+String("abc"<="abd")+String("abd"<="abc"))  // TrueFalseTrueFalse
// No case, no accents.
ALERT(String("a"="A")+String("n"="ñ")+String("n"="Ñ")+String("A"="å"))  // TrueTrueTrueTrue
ALERT(String(Character code("A")=Character code("a")))  // False: codes tell case apart
ALERT(String("Straße"="STRASSE")+String("Æsop"="aesop"))  // TrueTrue
ALERT(String("a"<"B")+String("é">"e")+String("é"<"f"))  // TrueFalseTrue
// The @ wildcard, only in the right operand of = and #.
ALERT(String("abcdefghij"="abc@"))  // True
ALERT(String("abc@"="abcdefghij"))  // False: on the left, @ is a character
ALERT(String("abcdefghij"="abcdefghij@")+String("abcdefghij"="@abcdefghij")+String("abcdefghij"="abcd@efghij"))  // TrueTrueTrue
ALERT(String("abcdefghij"="@abcdefghij@")+String("abcdefghij"="@abcde@fghij@"))  // TrueTrue
ALERT(String("abcdefghij"="abc@@fg")+String("abc"="abc@@"))  // FalseFalse: two @ in a row never match
ALERT(String("abcdefghij"#"abc@")+String("xyz"#"abc@"))  // FalseTrue
ALERT(String("ABCdef"="abc@")+String("Élan"="el@"))  // TrueTrue
// With < > <= >= only a trailing @ counts: the left text is cut first.
ALERT(String("abcd"<="abc@")+String("abcd">="abc@")+String("abcd"<"abc@")+String("abd">"abc@"))  // TrueTrueFalseTrue
// Keyword search: whole words only.
ALERT(String("Alpha Bravo Charlie"%"Bravo"))  // True
ALERT(String("Alpha Bravo Charlie"%"vo"))  // False
ALERT(String("Alpha Bravo Charlie"%"Alpha Bravo"))  // False
ALERT(String("Alpha,Bravo,Charlie"%"Alpha"))  // True
ALERT(String("Software and Computers"%"comput@"))  // True
ALERT(String("Today's news"%"today's")+String("Price 3.5 euros"%"3.5")+String("un-deux"%"deux"))  // TrueTrueTrue
// Character reference [[i]]: read and write; out of range reads "" and
// writes nothing (interpreted mode raises no error).
$t:="hello"
ALERT($t[[1]]+$t[[5]]+"["+$t[[6]]+"]["+$t[[0]]+"]")  // ho[][]
$t[[1]]:=Uppercase($t[[1]])
ALERT($t)  // Hello
$t[[9]]:="X"
ALERT($t)  // Hello
$e:=""
$e[[1]]:="A"
ALERT("["+$e+"]")  // []
ALERT(String($t[[Length($t)]]="@"))  // True: "@" on the right is a wildcard (the docs' warning)
ALERT(String(Character code($t[[Length($t)]])#At sign))  // True: the docs' way to test for a real "@"
// The docs' Capitalize_text method, written through $0[[i]].
ALERT(Capitalize_text("hello, my name is jane doe and i'm running for president!"))  // Hello, My Name Is Jane Doe And I'm Running For President!
// Escapes in literals.
ALERT("a\tb|a\\b|\"q\"|C:\Data")  // a<TAB>b|a\b|"q"|C:\Data
ALERT(String(Length("\r\n")))  // 2
