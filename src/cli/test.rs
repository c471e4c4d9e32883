//! `fourd test [PATH...]`: golden-file script tests (see `testing/`). Exit
//! status: 0 all passed, 1 a test failed, 2 no test found or a path missing.

use super::exit::{FAILED, OK, USAGE};
use crate::testing::{self, Settings};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct TestArgs {
    /// Test files, folders or 4D projects (their Project/Tests/) (default:
    /// tests/, else the project the current folder is in).
    paths: Vec<PathBuf>,
    /// Write the expected .out/.err files from this run (read the diff before
    /// committing); refuses runs that did not start, hit a limit or failed
    /// unexpectedly.
    #[arg(long)]
    bless: bool,
    /// Tests to run at once (default: one per core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Run the tests by walking syntax trees, without compiling methods (the
    /// compiled form must give the same results).
    #[arg(long)]
    tree_walk: bool,
    /// Also write a JUnit XML report to FILE (one testcase per test; a
    /// failure's message is its diff), for CI.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// Print one JSON object (counts, time, each test's result) instead of text.
    #[arg(long)]
    json: bool,
}

/// The paths tested when none is given.
fn default_paths() -> Vec<PathBuf> {
    let tests = PathBuf::from("tests");
    if !tests.is_dir()
        && let Some(project) = super::run::project_here()
    {
        return vec![project];
    }
    vec![tests]
}

pub fn run(args: TestArgs) -> i32 {
    let paths = if args.paths.is_empty() {
        default_paths()
    } else {
        args.paths
    };
    let found = testing::discover(&paths);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for missing in &found.missing {
        eprintln!("fourd: {}: no such file or folder", missing.display());
    }
    let without: Vec<String> = found
        .without_expectations
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    if !args.json && !without.is_empty() {
        let n = without.len();
        let (files, are) = if n == 1 {
            ("script", "is")
        } else {
            ("scripts", "are")
        };
        let _ = writeln!(
            out,
            "{n} {files} without .out/.err {are} not run as tests (methods the tests call, or new tests: `fourd test --bless FILE` creates a test's expectations; a first line `// helper` marks a method):"
        );
        for w in &without {
            let _ = writeln!(out, "  {w}");
        }
    }
    if !found.missing.is_empty() {
        return USAGE;
    }
    if found.tests.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "fourd: no test found in {} (a test is NAME.4dm beside NAME.out and/or NAME.err)",
            names.join(", ")
        );
        return USAGE;
    }
    let settings = Settings {
        bless: args.bless,
        jobs: args.jobs,
        tree_walk: args.tree_walk,
    };
    let summary = testing::run_cases(&found.tests, settings);
    if args.json {
        let _ = out.write_all(testing::json(&summary, &without).as_bytes());
    } else {
        let color = crate::diag::use_color(&std::io::stdout());
        testing::write_text(&summary, color, &mut out);
    }
    if let Some(file) = &args.junit {
        match std::fs::write(file, testing::junit(&summary)) {
            Ok(()) if !args.json => {
                let _ = writeln!(out, "JUnit report written to {}", file.display());
            }
            Ok(()) => {}
            Err(e) => {
                eprintln!("fourd: cannot write {}: {e}", file.display());
                return USAGE;
            }
        }
    }
    if summary.failed() > 0 { FAILED } else { OK }
}
