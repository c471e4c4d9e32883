// Compare strings (4d/docs docs/commands/compare-strings.md).
// Example 1: character codes, then character codes ignoring case.
$string1:="alpha Bravo charlie Delta Echo Fox-Trot"
$string2:="Alpha Bravo Charlie Delta Echo Fox-Trot"
ALERT(String(Compare strings($string1; $string2; sk char codes))+" "+String(Compare strings($string1; $string2; sk char codes+sk case insensitive)))  // 1 0
// No options: as "<" compares (neither case nor accents count).
ALERT(String(Compare strings("ete"; "été"))+" "+String(Compare strings("abc"; "ABD"))+" "+String(Compare strings("b"; "a")))  // 0 -1 1
// sk case insensitive: "A" = "a", but "a" # "à"; sk diacritic insensitive: "a" = "à".
ALERT(String(Compare strings("A"; "a"; sk case insensitive))+" "+String(Compare strings("a"; "à"; sk case insensitive)#0)+" "+String(Compare strings("a"; "à"; sk diacritic insensitive)))  // 0 True 0
// sk strict: case and accents count; sk char codes with case: only a-z (Alpha = alpha, Alpha # âlphà).
ALERT(String(Compare strings("ete"; "été"; sk strict)#0)+" "+String(Compare strings("Alpha"; "alpha"; sk char codes+sk case insensitive))+" "+String(Compare strings("Alpha"; "âlphà"; sk char codes+sk case insensitive)#0))  // True 0 True
// No @ wildcard: "abc@" is four characters.
ALERT(String(Compare strings("abcd"; "abc@")#0))  // True
