// test: --mode remote --directory ../Settings/directory.json --user Ann --password "not-ann-pass" expect-error
// A failed login is a startup error citing -9978; the password never appears.
ALERT("never printed")
