// test: --directory unknown_member.json
// A member name that matches no user is ignored with a warning; the run goes on.
ALERT(String(User in group("Ann"; "G")))
