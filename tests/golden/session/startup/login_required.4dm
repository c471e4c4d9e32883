// test: --mode remote --directory tests/golden/session/Settings/directory.json
// Passwords are active (the Designer has one) and there is no default user: a
// login is required.
ALERT("never printed")
