// test: --mode remote --user Ann --password ann-pass
// SET GROUP ACCESS (seed): "If you omit the groups parameter, the memberships of
// the 4D user account are reset to the group memberships stored on disk."
SET GROUP ACCESS(New collection("Audit"))
ALERT(JSON Stringify(Get group access))
SET GROUP ACCESS
ALERT(JSON Stringify(Get group access))
// "Calling CHANGE CURRENT USER afterwards … would reset defined memberships."
SET GROUP ACCESS(New collection("Audit"))
CHANGE CURRENT USER("Ann"; "ann-pass")
ALERT(JSON Stringify(Get group access))
