// test: --mode remote --user Ann --password ann-pass --directory ../Settings/directory.json
// Remote mode: a 4D client logged in as Ann.
Every_Session_Command
