//! Golden-file script tests: `NAME.4dm` beside `NAME.out` (the expected stdout)
//! and/or `NAME.err` (the expected diagnostics, one plain line each, paths
//! relative to the test's folder). Which files are tests: `discover.rs`; a
//! test's `// test:` line: `options.rs`; one run: `execute.rs`; the reports
//! (text, JUnit, JSON): `report.rs`. Tests run in parallel, each in its own
//! interpreter, on every core.
//!
//! `--bless` writes the expected files — but never from a run that did not
//! start, hit a limit, had a bad `// test:` line, or ended in an uncaught
//! error the test does not expect (`// test: expect-error`): those fail, when
//! compared too. It lists the files it wrote or removed.
//!
//! Every harness of `cargo test` that compares with expected files rewrites
//! them instead when `FOURD_BLESS` is set ([`bless_requested`], the one reader
//! of that variable).

mod diff;
mod discover;
mod execute;
mod options;
mod report;

pub use diff::{colorize, diff};
pub use discover::{Found, TestCase, discover, project_of_test};
pub use execute::Captured;
pub use report::{Summary, TestResult, json, junit};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// The environment variable that makes `cargo test` write the expected files
/// it would compare with (`FOURD_BLESS=1 cargo test`): golden tests, syntax
/// trees and diagnostics, REPL transcripts.
pub const BLESS_VAR: &str = "FOURD_BLESS";

/// Whether the test harnesses should bless: [`BLESS_VAR`] is set to something
/// other than nothing or `0`.
pub fn bless_requested() -> bool {
    bless_value(std::env::var_os(BLESS_VAR).as_deref())
}

fn bless_value(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty() && v != "0")
}

/// How to run the tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    /// Write the expectations instead of comparing.
    pub bless: bool,
    /// Tests run at once (default: one per core).
    pub jobs: Option<usize>,
    /// Walk syntax trees instead of running compiled methods.
    pub tree_walk: bool,
}

/// The run's text and its stderr, indented, for a report.
fn indented(text: &str) -> String {
    text.lines().map(|l| format!("  | {l}\n")).collect()
}

/// Runs one test and compares it with its expected files (or writes them).
fn check_one(case: &TestCase, settings: Settings) -> TestResult {
    let started = Instant::now();
    let ran = execute::run_one(case, settings.tree_walk);
    let mut result = TestResult {
        name: case.path.display().to_string(),
        passed: true,
        report: String::new(),
        seconds: 0.0,
        written: Vec::new(),
    };
    if let Some(why) = ran.refusal() {
        result.passed = false;
        let verb = if settings.bless { "not blessed: " } else { "" };
        result.report = format!("{verb}{why}\n");
        if ran.ending != execute::Ending::BadOptions && !ran.err.is_empty() {
            result.report.push_str("its diagnostics:\n");
            result.report.push_str(&indented(&ran.err));
        }
    } else {
        for (ext, actual) in [("out", &ran.out), ("err", &ran.err)] {
            let file = case.expected(ext);
            let expected = std::fs::read_to_string(&file).ok();
            if settings.bless {
                bless_file(&file, expected.as_deref(), actual, &mut result);
                continue;
            }
            let expected = expected.unwrap_or_default();
            if expected != *actual {
                result.passed = false;
                result
                    .report
                    .push_str(&format!("--- {} (expected)\n+++ actual\n", file.display()));
                result.report.push_str(&diff(&expected, actual));
            }
        }
    }
    result.seconds = started.elapsed().as_secs_f64();
    result
}

/// Writes (or removes, when the run printed nothing) one expectation file,
/// noting it when that changes the file.
fn bless_file(file: &Path, expected: Option<&str>, actual: &str, result: &mut TestResult) {
    if actual.is_empty() {
        if expected.is_some() {
            match std::fs::remove_file(file) {
                Ok(()) => result.written.push(format!("removed {}", file.display())),
                Err(e) => fail_write(result, file, &e),
            }
        }
    } else if expected != Some(actual) {
        let verb = if expected.is_some() {
            "updated"
        } else {
            "created"
        };
        match std::fs::write(file, actual) {
            Ok(()) => result.written.push(format!("{verb} {}", file.display())),
            Err(e) => fail_write(result, file, &e),
        }
    }
}

fn fail_write(result: &mut TestResult, file: &Path, e: &std::io::Error) {
    result.passed = false;
    result
        .report
        .push_str(&format!("cannot write {}: {e}\n", file.display()));
}

/// Runs the tests in parallel (every core, or `jobs`), results in order.
pub fn run_cases(cases: &[TestCase], settings: Settings) -> Summary {
    let started = Instant::now();
    let results: Mutex<Vec<Option<TestResult>>> =
        Mutex::new((0..cases.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = settings.jobs.unwrap_or(cores).clamp(1, cases.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let _ = std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(case) = cases.get(i) else { break };
                        let r = check_one(case, settings);
                        if let Ok(mut all) = results.lock() {
                            all[i] = Some(r);
                        }
                    }
                });
        }
    });
    Summary {
        results: results
            .into_inner()
            .unwrap_or_default()
            .into_iter()
            .flatten()
            .collect(),
        seconds: started.elapsed().as_secs_f64(),
        blessed: settings.bless,
    }
}

/// The text report: each failure with its diff (coloured when `color`), the
/// files blessing wrote, then the summary line.
pub fn write_text(summary: &Summary, color: bool, out: &mut dyn Write) {
    for r in &summary.results {
        for w in &r.written {
            let _ = writeln!(out, "{w}");
        }
        if !r.passed {
            let report = if color {
                colorize(&r.report)
            } else {
                r.report.clone()
            };
            let _ = writeln!(out, "FAIL {}\n{report}", r.name);
        }
    }
    let _ = writeln!(out, "{}", summary.line());
}

/// `cargo test`'s way in: runs the tests under the paths, comparing them —
/// or, under [`BLESS_VAR`], rewriting their expectations (it creates none: a
/// new test's first expectations come from `fourd test --bless FILE`).
/// Prints failures and the summary to `out`; returns (passed, failed).
pub fn run_golden_suite(paths: &[PathBuf], tree_walk: bool, out: &mut dyn Write) -> (usize, usize) {
    let found = discover(paths);
    let settings = Settings {
        bless: bless_requested(),
        jobs: None,
        tree_walk,
    };
    let summary = run_cases(&found.tests, settings);
    write_text(&summary, false, out);
    (summary.passed(), summary.failed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_value_other_than_empty_or_0_blesses() {
        use std::ffi::OsStr;
        assert!(!bless_value(None));
        assert!(!bless_value(Some(OsStr::new(""))));
        assert!(!bless_value(Some(OsStr::new("0"))));
        assert!(bless_value(Some(OsStr::new("1"))));
        assert!(bless_value(Some(OsStr::new("yes"))));
    }
}
