// test: --allow-exec
// LAUNCH EXTERNAL PROCESS with --allow-exec (4d/docs
// docs/commands/launch-external-process.md, set-environment-variable.md).
var $in; $out; $err : Text
var $pid : Integer
// Example 2 (cat): the input stream is the program's stdin.
$in:="line one"+Char(Line feed)
LAUNCH EXTERNAL PROCESS("/bin/cat"; $in; $out)
ALERT(String(OK)+" "+$out)  // 1 line one
// Quotes keep blanks inside one argument.
LAUNCH EXTERNAL PROCESS("/bin/sh -c 'echo \"$GREETING\" >&2; exit 0'"; $in; $out; $err)
ALERT("["+$err+"]")  // [⏎]: no GREETING yet
SET ENVIRONMENT VARIABLE("GREETING"; "hello")
LAUNCH EXTERNAL PROCESS("/bin/sh -c 'echo $GREETING'"; $in; $out; $err; $pid)
ALERT($out+String($pid>0))  // hello⏎True
// "" gives the variable its default back; _4D_OPTION_CURRENT_DIRECTORY is for the next launch.
SET ENVIRONMENT VARIABLE("GREETING"; "")
SET ENVIRONMENT VARIABLE("_4D_OPTION_CURRENT_DIRECTORY"; "/")
LAUNCH EXTERNAL PROCESS("/bin/sh -c 'echo [$GREETING] $(pwd)'"; $in; $out)
ALERT($out)  // [] /
// A program that does not exist: OK 0.
LAUNCH EXTERNAL PROCESS("/no/such/program"; $in; $out)
ALERT(String(OK))  // 0
// The second syntax: a number variable second is the pid.
LAUNCH EXTERNAL PROCESS("/bin/true"; $pid)
ALERT(String(OK)+" "+String($pid>0))  // 1 True
