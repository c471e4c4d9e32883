// test: --mode remote --directory ../Settings/directory.json expect-error
// Passwords are active (the Designer has one) and there is no default user: a
// login is required.
ALERT("never printed")
