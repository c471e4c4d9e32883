//! Running one test: its options, a captured stdout, its diagnostics as plain
//! lines with paths relative to the test's root, and how the run ended — which
//! decides whether the result may be blessed.

use super::discover::TestCase;
use super::options::{TestOptions, options_of};
use crate::diag::{self, Code, Diagnostic};
use crate::eval::rt_error::code;
use crate::eval::{Limits, Output};
use crate::runner::{self, Outcome, RunOptions};
use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

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

/// How a test's run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// It ran to its end (or `QUIT 4D`).
    Finished,
    /// An uncaught runtime error or `ABORT`.
    Uncaught,
    /// A check or startup error: nothing ran.
    NotStarted,
    /// The step or time limit stopped it (an endless loop, most likely).
    Limit,
    /// The `// test:` line could not be read.
    BadOptions,
}

/// One test's run.
#[derive(Debug)]
pub struct Ran {
    pub out: String,
    pub err: String,
    pub ending: Ending,
    /// The test says it expects an error (`// test: expect-error`).
    pub expect_error: bool,
}

impl Ran {
    /// Why this run cannot be the test's expectations (bless refuses it, a
    /// comparison fails), if it cannot.
    pub fn refusal(&self) -> Option<String> {
        match (&self.ending, self.expect_error) {
            (Ending::BadOptions, _) => Some(self.err.trim_end().to_string()),
            (Ending::Limit, _) => Some(
                "the run hit the step or time limit (an endless loop?); raise --max-steps or --timeout on the // test: line if it is meant to run that long"
                    .to_string(),
            ),
            (Ending::Uncaught, false) => Some(
                "the run ended in an uncaught error; write `// test: expect-error` on the test's first lines if it should"
                    .to_string(),
            ),
            (Ending::NotStarted, false) => Some(
                "the run did not start (a check or startup error); write `// test: expect-error` on the test's first lines if it should not"
                    .to_string(),
            ),
            (Ending::Finished, true) => Some(
                "the test says `expect-error` but the run finished without an uncaught error"
                    .to_string(),
            ),
            _ => None,
        }
    }
}

fn is_limit(d: &Diagnostic) -> bool {
    matches!(&d.code, Code::Runtime { code: c, .. } if *c == code::STEP_LIMIT || *c == code::TIME_LIMIT)
}

/// Runs one test.
pub fn run_one(case: &TestCase, tree_walk: bool) -> Ran {
    let path = std::path::absolute(&case.path).unwrap_or_else(|_| case.path.clone());
    let root = std::path::absolute(&case.root).unwrap_or_else(|_| case.root.clone());
    // A project folder's options are on the first lines of its On Startup method, and its
    // paths are relative to the project folder.
    let (source, dir) = if path.is_dir() {
        let on_startup = path.join("Project/Sources/DatabaseMethods/onStartup.4dm");
        (
            std::fs::read_to_string(on_startup).unwrap_or_default(),
            path.as_path(),
        )
    } else {
        (
            std::fs::read_to_string(&path).unwrap_or_default(),
            path.parent().unwrap_or(Path::new(".")),
        )
    };
    let options = match options_of(&source, dir) {
        Ok(o) => o,
        Err(e) => {
            return Ran {
                out: String::new(),
                err: format!("{e}\n"),
                ending: Ending::BadOptions,
                expect_error: false,
            };
        }
    };
    let expect_error = options.expect_error;
    let (out, mut err, ending) = execute(&path, &root, options, tree_walk);
    // What names the test's folder in messages (a startup error quoting a
    // file) is written relative to it, like the diagnostics' own paths.
    let prefix = format!("{}/", root.display());
    err = err.replace(&prefix, "");
    Ran {
        out,
        err,
        ending,
        expect_error,
    }
}

fn execute(
    path: &Path,
    root: &Path,
    options: TestOptions,
    tree_walk: bool,
) -> (String, String, Ending) {
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
        display_base: Some(root.to_path_buf()),
        data: options.data,
        save_data: options.save_data,
        allow_paths: options
            .allow_path
            .iter()
            .map(|dir| path.parent().unwrap_or(Path::new(".")).join(dir))
            .collect(),
        keep_temp: options.keep_temp,
        skip_onstartup: false,
    };
    let stdout = Captured::default();
    let stderr = Captured::default();
    let output = Output {
        stdout: Box::new(stdout.clone()),
        stderr: Box::new(stderr.clone()),
    };
    let mut diags: Vec<Diagnostic> = Vec::new();
    let ending = match runner::prepare(path, &options.session, &run_options, output) {
        Err(d) => {
            diags.extend(d);
            Ending::NotStarted
        }
        Ok(mut prepared) => {
            diags.append(&mut prepared.warnings);
            match runner::run(&mut prepared, &run_options.params) {
                Outcome::Finished => Ending::Finished,
                Outcome::Aborted => Ending::Uncaught,
                Outcome::Failed(e) => {
                    let d = runner::error_diagnostic(&e);
                    let ending = if is_limit(&d) {
                        Ending::Limit
                    } else {
                        Ending::Uncaught
                    };
                    diags.push(d);
                    ending
                }
            }
        }
    };
    let mut err = stderr.text();
    for d in &diags {
        err.push_str(&diag::render_plain(d));
        err.push('\n');
    }
    (stdout.text(), err, ending)
}
