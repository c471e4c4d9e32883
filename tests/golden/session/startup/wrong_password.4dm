// test: --mode remote --directory tests/golden/session/Settings/directory.json --user Ann --password "not-ann-pass"
// A failed login is a startup error citing -9978; the password never appears.
ALERT("never printed")
