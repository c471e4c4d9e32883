//! REPL transcripts: `tests/repl/NAME.in` piped to `fourd repl` (with the
//! arguments of `NAME.args`, one per line, if present) must print `NAME.out`.
//! Update with `FOURD_BLESS=1 cargo test --test repl`, then read the diff.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn transcript(input: &Path) -> String {
    let args: Vec<String> = std::fs::read_to_string(input.with_extension("args"))
        .map(|a| {
            a.lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("repl")
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fourd runs");
    let text = std::fs::read_to_string(input).expect("the .in file");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("fourd ends");
    let mut s = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr);
    if !err.is_empty() {
        s.push_str("--- stderr\n");
        s.push_str(&err);
    }
    s.push_str(&format!("--- exit {}\n", out.status.code().unwrap_or(-1)));
    s
}

#[test]
fn repl_transcripts() {
    let update = fourd::testing::bless_requested();
    let mut inputs: Vec<_> = std::fs::read_dir("tests/repl")
        .expect("tests/repl")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no transcripts");
    let mut failures = Vec::new();
    for input in &inputs {
        let actual = transcript(input);
        let expected_path = input.with_extension("out");
        if update {
            std::fs::write(&expected_path, &actual).expect("write .out");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "{}:\n{}",
                input.display(),
                fourd::testing::diff(&expected, &actual)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
