// There is no "Else if" in 4D (language.md 12).
If ($a=1)
Else If ($a=2)
End if
