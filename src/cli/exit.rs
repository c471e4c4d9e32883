//! The exit statuses of every subcommand, one table (guide.md "Exit status"):
//!
//! | status | meaning |
//! | --- | --- |
//! | 0 | it worked: the run finished (or `QUIT 4D`), the check found no error, every test passed |
//! | 1 | the 4D code failed: an uncaught runtime error, `ABORT`, a failed test, a failed REPL entry (piped) |
//! | 2 | fourd could not do what was asked: bad usage, a startup error, a check error, no test found |
//!
//! `tests/cli_exit_codes.rs` holds every subcommand to it.

/// Everything went as asked.
pub const OK: i32 = 0;
/// The 4D code ran and failed (or a test did not match its expectations).
pub const FAILED: i32 = 1;
/// Nothing ran as asked: bad usage, a startup error, a check error.
pub const USAGE: i32 = 2;
