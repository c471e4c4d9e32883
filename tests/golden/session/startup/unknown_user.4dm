// test: --mode remote --directory ../Settings/directory.json --user Zed expect-error
ALERT("never printed")
