//! One exit-status table for every subcommand (src/cli/exit.rs, guide.md):
//! 0 it worked, 1 the 4D code failed (runtime error, `ABORT`, a failed test or
//! REPL entry), 2 nothing ran as asked (usage, startup, check errors, no test
//! found). Each case runs the real binary.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn fourd(args: &[&str], dir: &Path, stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fourd runs");
    let mut input = child.stdin.take().expect("stdin");
    input.write_all(stdin.as_bytes()).expect("write stdin");
    drop(input);
    child.wait_with_output().expect("fourd ends")
}

/// Asserts the exit status of `fourd ARGS` run in `dir`.
fn status(dir: &Path, args: &[&str], stdin: &str, expected: i32) {
    let out = fourd(args, dir, stdin);
    assert_eq!(
        out.status.code(),
        Some(expected),
        "fourd {args:?}\n--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("write");
}

/// A folder of scripts: one of each outcome.
fn scripts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    write(d, "ok.4dm", "$a:=1\n");
    write(d, "fails.4dm", "$a:=Length(1;2;3)\n");
    write(d, "aborts.4dm", "ABORT\n");
    write(d, "quits.4dm", "QUIT 4D\n");
    write(d, "broken.4dm", "If (True)\n");
    write(d, "bad_directory.json", "{ not json");
    dir
}

#[test]
fn run() {
    let dir = scripts();
    let d = dir.path();
    status(d, &["run", "ok.4dm"], "", 0);
    status(d, &["run", "quits.4dm"], "", 0);
    status(d, &["run", "fails.4dm"], "", 1);
    status(d, &["run", "aborts.4dm"], "", 1);
    status(d, &["run", "broken.4dm"], "", 2);
    status(d, &["run", "nonexistent.4dm"], "", 2);
    status(d, &["run", "ok.4dm", "--no-such-flag"], "", 2);
    status(
        d,
        &["run", "ok.4dm", "--directory", "bad_directory.json"],
        "",
        2,
    );
}

#[test]
fn eval() {
    let d = scripts();
    let d = d.path();
    status(d, &["eval", "1+1"], "", 0);
    status(d, &["eval", "ABORT"], "", 1);
    status(d, &["eval", "Length(1;2;3)"], "", 1);
    status(d, &["eval", "Length("], "", 2);
    status(d, &["eval", "If (True)"], "", 2);
    status(d, &["eval"], "", 2);
}

#[test]
fn check() {
    let dir = scripts();
    let d = dir.path();
    status(d, &["check", "ok.4dm"], "", 0);
    status(d, &["check", "broken.4dm"], "", 2);
    status(d, &["check", "nonexistent"], "", 2);
    status(d, &["check"], "", 2);
}

#[test]
fn test() {
    let dir = scripts();
    let d = dir.path();
    write(
        d,
        "t/pass.4dm",
        "LOG EVENT(Into system standard outputs; \"hi\\n\")\n",
    );
    write(d, "t/pass.out", "hi\n");
    write(
        d,
        "u/fail.4dm",
        "LOG EVENT(Into system standard outputs; \"hi\\n\")\n",
    );
    write(d, "u/fail.out", "bye\n");
    std::fs::create_dir_all(d.join("empty")).expect("folder");
    status(d, &["test", "t"], "", 0);
    status(d, &["test", "u"], "", 1);
    status(d, &["test", "empty"], "", 2);
    status(d, &["test", "nonexistent"], "", 2);
    status(d, &["test", "--no-such-flag"], "", 2);
}

#[test]
fn repl() {
    let dir = scripts();
    let d = dir.path();
    status(d, &["repl"], "1+1\n", 0);
    status(d, &["repl"], "Length(1;2;3)\n1+1\n", 1);
    status(d, &["repl"], "ABORT\n", 1);
    status(d, &["repl"], "Length(\n", 1);
    status(d, &["repl"], ":nonsense\n", 1);
    status(d, &["repl", "nonexistent"], "", 2);
}

#[test]
fn session_commands_ast_and_help() {
    let dir = scripts();
    let d = dir.path();
    status(d, &["session"], "", 0);
    status(d, &["session", "--directory", "bad_directory.json"], "", 2);
    status(d, &["commands", "Length"], "", 0);
    status(d, &["ast", "ok.4dm"], "", 0);
    status(d, &["ast", "nonexistent.4dm"], "", 2);
    status(d, &["--help"], "", 0);
    status(d, &["--version"], "", 0);
    status(d, &["no-such-command"], "", 2);
    status(d, &[], "", 2);
}

/// `--color` is taken by every subcommand; `always` colours even a pipe (CI
/// logs), `never` never does, and a bad value is a usage error.
#[test]
fn color_option() {
    let dir = scripts();
    let d = dir.path();
    let esc = |o: &Output| {
        let all = [o.stdout.as_slice(), o.stderr.as_slice()].concat();
        all.contains(&0x1b)
    };
    let always = fourd(&["run", "fails.4dm", "--color", "always"], d, "");
    assert!(esc(&always), "--color always colours a pipe");
    let never = fourd(&["--color", "never", "run", "fails.4dm"], d, "");
    assert!(!esc(&never));
    for sub in [
        "run", "eval", "check", "test", "repl", "session", "commands", "ast",
    ] {
        let out = fourd(&[sub, "--color", "never", "--help"], d, "");
        assert_eq!(out.status.code(), Some(0), "{sub} takes --color");
    }
    status(d, &["run", "ok.4dm", "--color", "sometimes"], "", 2);
}
