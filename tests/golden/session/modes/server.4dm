// test: --mode server --user Administrator --directory ../Settings/directory.json
// 4D Server: SET GROUP ACCESS and SET USER ALIAS are refused (67), nothing changes.
Every_Session_Command
