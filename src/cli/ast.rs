//! `fourd ast --compiled PATH`: the compiled form of methods, saying which
//! specialisation each statement and expression got (for work on fourd
//! itself); with `--bless`, written beside each `.4dm` under PATH as
//! `NAME.compiled`, the expected files of `tests/golden-compiled/`.

use super::run::report;
use crate::runner;
use std::path::{Path, PathBuf};

/// Prints (or with `bless`, writes) the compiled form of the code at `path`.
pub fn compiled(path: &Path, bless: bool) -> i32 {
    if !bless {
        return match runner::compiled_forms(path) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(diags) => {
                report(&diags);
                2
            }
        };
    }
    let mut status = 0;
    for file in sources(path) {
        match runner::compiled_forms(&file) {
            Ok(text) => {
                let expected = file.with_extension("compiled");
                if let Err(e) = std::fs::write(&expected, text) {
                    eprintln!("fourd: cannot write {}: {e}", expected.display());
                    status = 2;
                }
            }
            Err(diags) => {
                report(&diags);
                status = 2;
            }
        }
    }
    status
}

/// The `.4dm` files at `path` (itself, or those in the folder, in name order).
pub fn sources(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    crate::project::sorted_entries(path)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "4dm"))
        .collect()
}
