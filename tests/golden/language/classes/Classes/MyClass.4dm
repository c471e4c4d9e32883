// 4d/docs docs/Concepts/classes.md, "property", example
property name : Text
property age : Integer
property color : Text := "Blue"
