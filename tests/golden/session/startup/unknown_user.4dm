// test: --mode remote --directory tests/golden/session/Settings/directory.json --user Zed
ALERT("never printed")
