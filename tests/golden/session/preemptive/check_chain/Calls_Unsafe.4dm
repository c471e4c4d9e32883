//%attributes = {"preemptive":"capable"}
// test: expect-error
// A capable method that calls, by name, a method whose chain is not thread-safe
// fails the check at the call.
Helper_Unsafe
