//! Golden-file script tests: `NAME.4dm` beside `NAME.out` (the expected stdout)
//! and/or `NAME.err` (the expected diagnostics, one plain line each). Tests run
//! in parallel, each in its own interpreter; `--bless` rewrites the expected
//! files (read the diff before committing them).
//!
//! A 4D project folder beside `NAME.out`/`NAME.err` is a test too (it runs its
//! `On Startup`). A `.4dm` whose first line is `// helper` is a method other tests call, not a
//! test. A test may give command-line options on a line of its own near the top:
//! `// test: --mode remote --user Ann --password ann-pass`. A folder's
//! `Settings/directory.json` is the directory of the tests in it.
//!
//! Every harness of `cargo test` that compares with expected files rewrites
//! them instead when `FOURD_BLESS` is set ([`bless_requested`], the one reader
//! of that variable).

use crate::diag::{self, Diagnostic};
use crate::eval::{Limits, Output};
use crate::runner::{self, Outcome, RunOptions};
use crate::startup::SessionArgs;
use clap::Parser as _;
use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

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

/// One test's result.
#[derive(Debug)]
struct TestResult {
    pub path: PathBuf,
    pub passed: bool,
    /// A readable explanation of the failure (diffs).
    pub report: String,
}

/// Whether a file is a helper method of other tests rather than a test: its
/// first line is `// helper`.
fn is_helper(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .is_ok_and(|s| s.trim_start_matches('\u{feff}').starts_with("// helper"))
}

/// Finds the tests under a path: `.4dm` files with a `.out` or `.err` beside
/// them — or, when blessing, any `.4dm` file that is not a helper. A file
/// named explicitly is a test.
fn discover(path: &Path, bless: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if path.is_file() {
        out.push(path.to_path_buf());
        return out;
    }
    fn walk(dir: &Path, bless: bool, out: &mut Vec<PathBuf>) {
        for p in crate::project::sorted_entries(dir) {
            if p.is_dir() {
                // A project folder beside `NAME.out`/`NAME.err` is a test of its own.
                let project = p.join("Project").is_dir();
                if project && (p.with_extension("out").exists() || p.with_extension("err").exists())
                {
                    out.push(p);
                } else if !project {
                    walk(&p, bless, out);
                }
            } else if p.extension().is_some_and(|e| e == "4dm") {
                let expected = p.with_extension("out").exists() || p.with_extension("err").exists();
                if expected || (bless && !is_helper(&p)) {
                    out.push(p);
                }
            }
        }
    }
    walk(path, bless, &mut out);
    out
}

/// The options of a test, from its `// test:` line.
#[derive(clap::Parser, Default)]
#[command(no_binary_name = true)]
struct TestOptions {
    #[command(flatten)]
    session: SessionArgs,
    #[arg(long)]
    startup_method: Option<String>,
    #[arg(long, default_value = "")]
    user_param: String,
    #[arg(long)]
    allow_exec: bool,
    #[arg(long)]
    max_steps: Option<u64>,
    #[arg(long)]
    timeout: Option<f64>,
    #[arg(last = true)]
    params: Vec<String>,
}

fn options_of(source: &str) -> Result<TestOptions, String> {
    let line = source
        .lines()
        .take(10)
        .find_map(|l| l.trim().strip_prefix("// test:").map(str::to_string));
    match line {
        None => Ok(TestOptions::default()),
        Some(line) => {
            let words = split_words(&line);
            TestOptions::try_parse_from(words).map_err(|e| format!("bad // test: line: {e}"))
        }
    }
}

/// Splits an options line on blanks, keeping "quoted words" together.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut has = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                has = true;
            }
            c if c.is_whitespace() && !quoted => {
                if has {
                    words.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            c => {
                cur.push(c);
                has = true;
            }
        }
    }
    if has {
        words.push(cur);
    }
    words
}

/// A `Write` whose bytes stay readable after the interpreter is done with it
/// (tests, the fuzzer).
#[derive(Clone, Default)]
pub struct Captured(Rc<RefCell<Vec<u8>>>);

impl Captured {
    /// What was written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs one test file and returns its stdout and diagnostics (plain lines).
fn run_one(path: &Path, tree_walk: bool) -> (String, String) {
    let source = if path.is_dir() {
        String::new()
    } else {
        std::fs::read_to_string(path).unwrap_or_default()
    };
    let options = match options_of(&source) {
        Ok(o) => o,
        Err(e) => return (String::new(), format!("{e}\n")),
    };
    let mut limits = Limits::default();
    limits.max_steps = Some(options.max_steps.unwrap_or(50_000_000));
    limits.timeout = Some(Duration::from_secs_f64(options.timeout.unwrap_or(20.0)));
    let run_options = RunOptions {
        startup_method: options.startup_method,
        user_param: options.user_param,
        params: options.params,
        limits,
        tree_walk,
        allow_exec: options.allow_exec,
    };
    let stdout = Captured::default();
    let stderr = Captured::default();
    let output = Output {
        stdout: Box::new(stdout.clone()),
        stderr: Box::new(stderr.clone()),
    };
    let mut diags: Vec<Diagnostic> = Vec::new();
    match runner::prepare(path, &options.session, &run_options, output) {
        Err(d) => diags.extend(d),
        Ok(mut prepared) => {
            diags.append(&mut prepared.warnings);
            let outcome = runner::run(&mut prepared, &run_options.params);
            if let Outcome::Failed(e) = &outcome {
                diags.push(runner::error_diagnostic(e));
            }
        }
    }
    let mut err = String::from_utf8_lossy(&stderr.0.borrow()).into_owned();
    for d in &diags {
        err.push_str(&diag::render_plain(d));
        err.push('\n');
    }
    let out = String::from_utf8_lossy(&stdout.0.borrow()).into_owned();
    (out, err)
}

/// Compares one test with its expected files (or writes them with `bless`).
fn check_one(path: &Path, bless: bool, tree_walk: bool) -> TestResult {
    let (out, err) = run_one(path, tree_walk);
    let mut report = String::new();
    let mut passed = true;
    for (ext, actual) in [("out", &out), ("err", &err)] {
        let file = path.with_extension(ext);
        if bless {
            if actual.is_empty() {
                let _ = std::fs::remove_file(&file);
            } else if std::fs::write(&file, actual).is_err() {
                passed = false;
                report.push_str(&format!("cannot write {}\n", file.display()));
            }
            continue;
        }
        let expected = std::fs::read_to_string(&file).unwrap_or_default();
        if expected != *actual {
            passed = false;
            report.push_str(&format!("--- {} (expected)\n+++ actual\n", file.display()));
            report.push_str(&diff(&expected, actual));
        }
    }
    TestResult {
        path: path.to_path_buf(),
        passed,
        report,
    }
}

/// A line diff: `-` expected, `+` actual, ` ` both (longest common subsequence).
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    if a.len() * b.len() > 4_000_000 {
        return format!(
            "(too long to diff: {} lines expected, {} actual)\n",
            a.len(),
            b.len()
        );
    }
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    let line = |mark: char, s: &str| {
        let s = s
            .strip_suffix('\n')
            .map_or_else(|| format!("{s}⏎ (no newline)"), str::to_string);
        format!("{mark} {s}\n")
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            out.push_str(&line(' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push_str(&line('-', a[i]));
            i += 1;
        } else {
            out.push_str(&line('+', b[j]));
            j += 1;
        }
    }
    out
}

/// Runs every test under the paths, in parallel; prints failures and the
/// summary line to `out`. Returns (passed, failed). With `bless` (`fourd test
/// --bless`), writes the expected files instead, for every `.4dm` found that is
/// not a helper.
pub fn run_tests(
    paths: &[PathBuf],
    bless: bool,
    jobs: Option<usize>,
    tree_walk: bool,
    out: &mut dyn Write,
) -> (usize, usize) {
    let tests: Vec<PathBuf> = paths.iter().flat_map(|p| discover(p, bless)).collect();
    run_found(&tests, bless, jobs, tree_walk, out)
}

/// `cargo test`'s way in: runs the tests under the paths that have expected
/// files, comparing them — or, under [`BLESS_VAR`], rewriting them (it creates
/// none: a new test's first expectations come from `fourd test --bless FILE`,
/// which also keeps a folder of examples from gaining stray `.out` files).
pub fn run_golden_suite(paths: &[PathBuf], tree_walk: bool, out: &mut dyn Write) -> (usize, usize) {
    let tests: Vec<PathBuf> = paths.iter().flat_map(|p| discover(p, false)).collect();
    run_found(&tests, bless_requested(), None, tree_walk, out)
}

fn run_found(
    tests: &[PathBuf],
    bless: bool,
    jobs: Option<usize>,
    tree_walk: bool,
    out: &mut dyn Write,
) -> (usize, usize) {
    let results: Mutex<Vec<Option<TestResult>>> =
        Mutex::new((0..tests.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = jobs.unwrap_or(cores).clamp(1, tests.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let _ = std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = tests.get(i) else { break };
                        let r = check_one(path, bless, tree_walk);
                        if let Ok(mut all) = results.lock() {
                            all[i] = Some(r);
                        }
                    }
                });
        }
    });
    let results = results.into_inner().unwrap_or_default();
    let (mut passed, mut failed) = (0, 0);
    for r in results.into_iter().flatten() {
        if r.passed {
            passed += 1;
        } else {
            failed += 1;
            let _ = writeln!(out, "FAIL {}\n{}", r.path.display(), r.report);
        }
    }
    let verb = if bless { "blessed" } else { "passed" };
    let _ = writeln!(out, "{passed} {verb}, {failed} failed");
    (passed, failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changes() {
        assert_eq!(diff("a\nb\nc\n", "a\nx\nc\n"), "  a\n- b\n+ x\n  c\n");
        assert_eq!(diff("a", "a\n"), "- a⏎ (no newline)\n+ a\n");
    }

    #[test]
    fn only_a_value_other_than_empty_or_0_blesses() {
        use std::ffi::OsStr;
        assert!(!bless_value(None));
        assert!(!bless_value(Some(OsStr::new(""))));
        assert!(!bless_value(Some(OsStr::new("0"))));
        assert!(bless_value(Some(OsStr::new("1"))));
        assert!(bless_value(Some(OsStr::new("yes"))));
    }

    #[test]
    fn option_lines_split_quotes() {
        assert_eq!(
            split_words(r#"--license "4D Write license=1" --mode remote"#),
            ["--license", "4D Write license=1", "--mode", "remote"]
        );
        let o = options_of("// test: --mode server --user Ann\n$a:=1").unwrap();
        assert_eq!(o.session.mode.as_deref(), Some("server"));
    }
}
