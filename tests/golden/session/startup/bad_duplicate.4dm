// test: --directory duplicate.json expect-error
ALERT("never printed")
