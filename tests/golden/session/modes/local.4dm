// test: --directory ../Settings/directory.json
// Local (single-user) mode: the Designer, whatever the directory says.
Every_Session_Command
