//! `fourd ast --compiled PATH`: the compiled form of methods, saying which
//! specialisation each statement and expression got (for work on fourd
//! itself). `tests/golden-compiled/` holds expected dumps of the fast paths,
//! written by `FOURD_BLESS=1 cargo test --test golden_compiled`.

use super::run::report;
use crate::runner;
use std::path::Path;

/// Prints the compiled form of the code at `path`.
pub fn compiled(path: &Path) -> i32 {
    match runner::compiled_forms(path) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(diags) => {
            report(&diags);
            2
        }
    }
}
