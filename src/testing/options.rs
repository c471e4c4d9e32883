//! A test's options: the `// test:` line near the top of its file
//! (`// test: --mode remote --user Ann --password ann-pass`), parsed as the
//! command line would be. Paths in it (`--directory`, `--session`, `--data`,
//! `--save-data`) are
//! relative to the test file's folder, so a test means the same thing from
//! any working directory. `expect-error` says the test expects its run to
//! end in an uncaught error (or not to start).

use crate::startup::SessionArgs;
use clap::Parser as _;
use std::path::Path;

/// The options of a test, from its `// test:` line.
#[derive(clap::Parser, Default, Debug)]
#[command(no_binary_name = true, disable_help_flag = true)]
pub struct TestOptions {
    #[command(flatten)]
    pub session: SessionArgs,
    #[arg(long)]
    pub startup_method: Option<String>,
    #[arg(long, default_value = "")]
    pub user_param: String,
    #[arg(long)]
    pub allow_exec: bool,
    /// Fixtures the datastore starts with (`--data FILE`).
    #[arg(long)]
    pub data: Option<std::path::PathBuf>,
    /// Where the datastore is written when the test ends (`--save-data FILE`).
    #[arg(long)]
    pub save_data: Option<std::path::PathBuf>,
    /// Folders file commands may use, relative to the test's folder.
    #[arg(long = "allow-path")]
    pub allow_path: Vec<std::path::PathBuf>,
    #[arg(long)]
    pub keep_temp: bool,
    #[arg(long)]
    pub max_steps: Option<u64>,
    #[arg(long)]
    pub timeout: Option<f64>,
    /// The run is expected to end in an uncaught error, `ABORT`, or not to
    /// start (a check or startup error). Also written `expect-error`.
    #[arg(long)]
    pub expect_error: bool,
    #[arg(last = true)]
    pub params: Vec<String>,
}

/// The marker word a test writes on its `// test:` line to expect an error.
pub const EXPECT_ERROR: &str = "expect-error";

/// The options of the test whose source is `source`, its paths resolved
/// against `dir` (the test file's folder). An unreadable line is an error
/// saying why, in one line.
pub fn options_of(source: &str, dir: &Path) -> Result<TestOptions, String> {
    let line = source
        .lines()
        .take(10)
        .find_map(|l| l.trim().strip_prefix("// test:").map(str::to_string));
    let Some(line) = line else {
        return Ok(TestOptions::default());
    };
    let words: Vec<String> = split_words(&line)
        .into_iter()
        .map(|w| {
            if w == EXPECT_ERROR {
                format!("--{EXPECT_ERROR}")
            } else {
                w
            }
        })
        .collect();
    let mut options = TestOptions::try_parse_from(words).map_err(|e| {
        let first = e.to_string();
        let first = first
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("error: ");
        format!("bad // test: line: {first}")
    })?;
    let session = &mut options.session;
    for path in [
        &mut session.directory,
        &mut session.session,
        &mut options.data,
        &mut options.save_data,
    ]
    .into_iter()
    .flatten()
    {
        if path.is_relative() {
            *path = dir.join(&*path);
        }
    }
    Ok(options)
}

/// Splits an options line on blanks, keeping "quoted words" together.
pub fn split_words(line: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn option_lines_split_quotes() {
        assert_eq!(
            split_words(r#"--license "4D Write license=1" --mode remote"#),
            ["--license", "4D Write license=1", "--mode", "remote"]
        );
        let o = options_of("// test: --mode server --user Ann\n$a:=1", Path::new(".")).unwrap();
        assert_eq!(o.session.mode.as_deref(), Some("server"));
        assert!(!o.expect_error);
    }

    #[test]
    fn paths_are_relative_to_the_test_and_expect_error_is_a_word() {
        let o = options_of(
            "// test: --directory dir.json expect-error\n",
            Path::new("tests/x"),
        )
        .unwrap();
        assert_eq!(
            o.session.directory.as_deref(),
            Some(Path::new("tests/x/dir.json"))
        );
        assert!(o.expect_error);
    }

    #[test]
    fn a_typo_is_one_line_not_clap_usage() {
        let e = options_of("// test: --mdoe remote\n", Path::new(".")).unwrap_err();
        assert!(e.starts_with("bad // test: line: "), "{e}");
        assert!(!e.contains('\n') && e.contains("--mdoe"), "{e}");
    }
}
