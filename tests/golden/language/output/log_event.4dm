// Output (docs/language.md §20; 4d/docs docs/commands/log-event.md, alert.md).
// ALERT writes its text and a newline to stdout; the OK title is ignored.
ALERT("Hello")  // Hello
ALERT("Are you sure?"; "Yes I am")  // Are you sure?
ALERT("")  // (an empty line)
// LOG EVENT(Into system standard outputs; text) writes the text as is: no newline added.
LOG EVENT(Into system standard outputs; "one ")
LOG EVENT(Into system standard outputs; "two\n")  // one two
LOG EVENT(Into system standard outputs; "info\n"; Information message)  // info
LOG EVENT(Into system standard outputs; "warning\n"; Warning message)  // warning
// Error message (2) goes to stderr (see log_event.err).
LOG EVENT(Into system standard outputs; "to stderr\n"; Error message)
LOG EVENT(Into system standard outputs; "unknown importance\n"; 7)  // unknown importance
// Other outputs write nothing in fourd.
LOG EVENT("Into Windows log events by default\n")
LOG EVENT(Into Windows log events; "nothing\n")
LOG EVENT(Into 4D debug message; "nothing\n")
LOG EVENT(Into 4D diagnostic log; "nothing\n"; Error message)
// TRACE does nothing.
TRACE
ALERT("done")  // done
