// test: --mode remote --user Ann --password ann-pass --directory tests/golden/session/Settings/directory.json
// Remote mode: a 4D client logged in as Ann.
Every_Session_Command
