// test: --directory tests/golden/session/startup/wrong_type.json
ALERT("never printed")
