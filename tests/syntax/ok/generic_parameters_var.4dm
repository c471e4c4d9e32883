// The generic parameters typed with var, like C_POINTER(${2})
// (4d/docs docs/Concepts/parameters.md, "Declaring generic parameters").
#DECLARE($first : Text)
var ${2} : Pointer
C_LONGINT(${3})
