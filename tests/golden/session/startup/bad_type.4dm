// test: --directory wrong_type.json expect-error
ALERT("never printed")
