//%attributes = {"preemptive":"capable"}
// test: expect-error
// docs/session.md §8 example: a method declared "Can be run in preemptive processes"
// that calls SET PLUGIN ACCESS (845, not thread-safe) fails the check at that
// line, as 4D's compiler reports it; nothing runs.
SET PLUGIN ACCESS(4D Write license; "Writers")
