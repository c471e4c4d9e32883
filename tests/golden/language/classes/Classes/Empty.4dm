// 4d/docs docs/Concepts/classes.md (v18 R3 page), "Class contents": an empty class
