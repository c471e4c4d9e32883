//! The REPL: `entry` runs one entry (testable on its own); the line editor and
//! the `:` commands sit on top.

mod entry;

pub use entry::{EntryResult, eval_entry, is_incomplete};
