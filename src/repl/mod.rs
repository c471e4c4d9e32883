//! The REPL: `entry` runs one entry, `state` holds the session and the `:`
//! commands (both testable without a terminal), `editor` and `terminal` are
//! the line-editing shell around them.

mod editor;
mod entry;
mod help;
mod project_help;
mod reader;
mod state;
mod terminal;

pub use entry::{EntryResult, eval_entry, is_incomplete};
pub use help::help;
pub use reader::{EntryReader, Fed};
pub use state::{Repl, Reply};
pub use terminal::{run_piped, run_terminal};
