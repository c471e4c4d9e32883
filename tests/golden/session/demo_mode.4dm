// test: --mode remote --user Ann --password ann-pass --demo --license "4D Write license=unlimited"
// Demonstration mode: every licence check is False (docs/session.md §4, §7.14).
ALERT(String(Is license available)+" "+String(Is license available(4D Write license)))
