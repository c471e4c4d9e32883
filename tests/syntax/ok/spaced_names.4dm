// 4d/docs docs/Concepts/identifiers.md, "Basic Rules": after its first character a
// name "can include alphabetic characters, numeric characters, the space character,
// and the underscore character". Real projects name variables so (4D_Daybook).
C_LONGINT($_l_Records in selection; $n)
ARRAY TEXT($_at Alpha Field Values; 0)
$_l_Records in selection:=3
$n:=$_l_Records in selection+1
C_TEXT(<>MIR_t _Next Mode)
<>MIR_t _Next Mode:="x"
// A component's method may start with the name of a project method ("My Method"
// is one here): the run of words is one name fourd does not know, a warning.
$n:=My Method Extra
