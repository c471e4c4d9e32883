//! The REPL: `entry` runs one entry, `state` holds the session and the `:`
//! commands (both testable without a terminal), `editor` and `terminal` are
//! the line-editing shell around them.

mod editor;
mod entry;
mod help;
mod state;
mod terminal;

pub use entry::{EntryResult, eval_entry, is_incomplete, push_line};
pub use help::help;
pub use state::{Repl, Reply};
pub use terminal::{run_piped, run_terminal};
