// test: --directory tests/golden/session/startup/duplicate.json
ALERT("never printed")
