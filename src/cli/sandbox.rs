//! `--allow-path DIR` and `--keep-temp`: what file commands may reach
//! beyond the project folder and the run's temporary folder, and whether
//! that temporary folder stays after the run (docs/files.md). Shared by
//! `fourd run`, `eval` and `repl`; `fourd test` reads them from a test's
//! `// test:` line.

use std::path::PathBuf;

#[derive(clap::Args, Clone, Default)]
pub struct SandboxArgs {
    /// Let file commands read and write this folder too (repeatable).
    #[arg(long = "allow-path", value_name = "DIR")]
    pub allow_path: Vec<PathBuf>,
    /// Keep the run's temporary folder (Temporary folder) when the run ends.
    #[arg(long)]
    pub keep_temp: bool,
}

impl SandboxArgs {
    /// The first `--allow-path` that is not an existing folder, as an error
    /// message (the run does not start).
    pub fn check(&self) -> Result<(), String> {
        match self.allow_path.iter().find(|dir| !dir.is_dir()) {
            Some(dir) => Err(format!(
                "fourd: --allow-path {}: no such folder",
                dir.display()
            )),
            None => Ok(()),
        }
    }
}
