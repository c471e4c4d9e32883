//! Hostile input never crashes fourd (issue 8): each case runs the real binary
//! and must end with a located error and an exit status below 100 — never a
//! panic (101), a stack overflow or a signal.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fourd-hostile-{}", std::process::id()));
    std::fs::create_dir_all(dir.join(name)).expect("temp dir");
    dir.join(name)
}

fn run_file(name: &str, bytes: &[u8], extra: &[&str]) -> Output {
    let dir = scratch(name);
    let file = dir.join("main.4dm");
    std::fs::write(&file, bytes).expect("write");
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("run")
        .arg(&file)
        .args(extra)
        .output()
        .expect("fourd runs")
}

/// `fourd check` of one file (its report on stdout).
fn check_file(name: &str, bytes: &[u8]) -> Output {
    let file = scratch(name).join("main.4dm");
    std::fs::write(&file, bytes).expect("write");
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["check", "--quiet"])
        .arg(&file)
        .output()
        .expect("fourd runs")
}

/// Exit status in 1..100 and a diagnostic that names the file and a line.
fn assert_clean_failure(out: &Output, wanted: &str) {
    let code = out.status.code();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(code, Some(1..=99)),
        "exit {code:?}, stderr:\n{stderr}"
    );
    assert!(stderr.contains(wanted), "expected {wanted:?} in:\n{stderr}");
    assert!(
        stderr.contains("main.4dm:"),
        "the error is not located:\n{stderr}"
    );
}

#[test]
fn twenty_thousand_nested_ifs() {
    let mut src = String::new();
    for _ in 0..20_000 {
        src.push_str("If (True)\n");
    }
    for _ in 0..20_000 {
        src.push_str("End if\n");
    }
    assert_clean_failure(
        &run_file("ifs", src.as_bytes(), &[]),
        "nested more than 512 levels",
    );
}

#[test]
fn a_hundred_thousand_parentheses() {
    let src = format!("$a:={}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    assert_clean_failure(
        &run_file("parens", src.as_bytes(), &[]),
        "brackets nested more than",
    );
}

#[test]
fn a_query_argument_chain_of_ten_thousand_conjunctions() {
    // QUERY's arguments, conjunctions glued to them (issue 20): one flat list.
    let mut src = String::from("QUERY([T:1];[T:1]F=1");
    for i in 0..10_000 {
        src.push_str(["; & [T:1]F=1", "; |;[T:1]G#2", "; #[T:1]H<=3"][i % 3]);
    }
    src.push_str(";*)\n");
    let out = check_file("query_chain", src.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn assignments_as_arguments_nested_ten_thousand_deep() {
    // `APPLY TO SELECTION([T]; [T]F:=v)` whose value nests formulas with
    // assignments: past the bracket limit it is refused, never a stack overflow.
    let mut src = String::from("APPLY TO SELECTION([T:1]; [T:1]F:=");
    for _ in 0..10_000 {
        src.push_str("Formula($a:=");
    }
    src.push('1');
    src.push_str(&")".repeat(10_001));
    src.push('\n');
    let out = check_file("assign_args", src.as_bytes());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(matches!(out.status.code(), Some(1..=99)), "{stdout}");
    assert!(stdout.contains("brackets nested more than"), "{stdout}");
}

#[test]
fn infinite_recursion_is_a_4d_error() {
    let dir = scratch("recursion");
    std::fs::write(dir.join("Loop.4dm"), "Loop\n").expect("write");
    let out = run_file("recursion", b"Loop\n", &[]);
    assert_clean_failure(&out, "-30010");
}

#[test]
fn deep_recursion_with_locals_does_not_overflow() {
    let dir = scratch("deep");
    std::fs::write(dir.join("Down.4dm"), "#DECLARE($n : Integer) -> $r : Integer\nvar $a; $b; $c : Text\nIf ($n=0)\n$r:=0\nElse\n$r:=Down($n-1)+1\nEnd if\n").expect("write");
    let out = run_file("deep", b"ALERT(String(Down(1990)))\n", &[]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1990\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_ten_megabyte_line() {
    let mut src = b"$a:=".to_vec();
    src.extend(b"1+".repeat(5_000_000));
    src.extend(b"1\nALERT(String($a))\n");
    let out = run_file("long", &src, &[]);
    // Either it runs (a flat chain: no deep tree), or it fails cleanly.
    let code = out.status.code();
    assert!(matches!(code, Some(0..=99)), "exit {code:?}");
    if code == Some(0) {
        assert_eq!(String::from_utf8_lossy(&out.stdout), "5000001\n");
    }
}

/// A sibling that is not UTF-8 is not one of a lone file's methods: the file
/// still runs and checks clean; the sibling alone is refused.
#[test]
fn a_garbage_sibling_does_not_stop_a_lone_file() {
    let dir = scratch("sibling");
    std::fs::write(dir.join("main.4dm"), "ALERT(\"still runs\")\n").expect("write");
    std::fs::write(dir.join("junk.4dm"), b"ALERT(\"\xff\")\n").expect("write");
    let fourd = |args: &[&str], file: &str| {
        Command::new(env!("CARGO_BIN_EXE_fourd"))
            .args(args)
            .arg(dir.join(file))
            .output()
            .expect("fourd runs")
    };
    let out = fourd(&["run"], "main.4dm");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "still runs\n");
    assert_eq!(out.status.code(), Some(0));
    let out = fourd(&["check"], "main.4dm");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = fourd(&["check"], "junk.4dm");
    // A check error is exit status 2 (src/cli/exit.rs).
    assert_eq!(out.status.code(), Some(2));
    // `fourd check` reports on stdout: the report is its output.
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(report.matches("error [encoding]").count(), 1, "{report}");
}

#[test]
fn binary_garbage_and_invalid_utf8() {
    let garbage: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    let out = run_file("garbage", &garbage, &[]);
    assert_clean_failure(&out, "invalid UTF-8");
    let out = run_file("utf8", b"ALERT(\"ok\")\n$a:=\"\xff\xfe\"\n", &[]);
    assert_clean_failure(&out, "invalid UTF-8");
}

#[test]
fn lone_cr_and_unterminated_things() {
    let out = run_file("cr", b"$a:=1\rALERT(String($a+1))\r", &[]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    assert_clean_failure(
        &run_file("string", b"$a:=\"abc\nALERT($a)\n", &[]),
        "unterminated text literal",
    );
    assert_clean_failure(
        &run_file("comment", b"/* open\nALERT(\"x\")\n", &[]),
        "unterminated comment",
    );
}

#[test]
fn runaway_loops_are_bounded() {
    let out = run_file(
        "loop",
        b"While (True)\nEnd while\n",
        &["--max-steps", "100000"],
    );
    assert_clean_failure(&out, "Step limit reached");
    let out = run_file(
        "timeout",
        b"$i:=0\nWhile (True)\n$i:=$i+1\nEnd while\n",
        &["--timeout", "0.2"],
    );
    assert_clean_failure(&out, "Time limit reached");
}

#[test]
fn a_huge_collection_is_an_error_not_an_abort() {
    let out = run_file("huge", b"$c:=New collection\n$c[2000000000]:=1\n", &[]);
    assert_clean_failure(&out, "-30005");
    let out = run_file("repeat", b"$t:=\"abc\"*1000000000\n", &[]);
    assert_clean_failure(&out, "too long");
}

#[test]
fn the_repl_survives_all_of_it() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["repl", "--max-steps", "100000"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fourd repl");
    let mut input = String::from("$kept:=42\n");
    input.push_str("While (True)\nEnd while\n");
    input.push_str(&format!("$a:={}1{}\n", "(".repeat(1000), ")".repeat(1000)));
    input.push_str("$c:=New collection\n$c[2000000000]:=1\n");
    input.push_str("Length(New object)\n\"unterminated\n");
    input.push_str("$kept\n");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Piped, failed entries make the exit status 1 and their errors go to stderr.
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.trim_end().ends_with("42"), "{stdout}");
    assert!(
        stderr.contains("Step limit") && stderr.contains("-30005") && stderr.contains("-30008"),
        "{stderr}"
    );
}

/// A process that starts a process forever: fourd bounds the processes a
/// run makes (docs/processes.md) and ends with a located error.
#[test]
fn a_process_spawning_processes_forever_is_bounded() {
    let out = run_file(
        "spawn_forever",
        b"var $n : Integer\n$n:=New process(\"main\"; 0; \"spawner\")\n",
        &[],
    );
    assert_clean_failure(&out, "too many processes");
}

/// A worker that posts to itself forever: bounded by the step budget (and,
/// without one, by the messages a run may post).
#[test]
fn a_worker_calling_itself_forever_is_bounded() {
    let out = run_file(
        "worker_forever",
        b"CALL WORKER(\"w\"; \"main\")\n",
        &["--max-steps", "100000"],
    );
    assert_clean_failure(&out, "-30016");
}

/// A signal waited on with nobody left to trigger it: the deadlock error,
/// naming the waiting processes, never a hang.
#[test]
fn a_signal_waited_on_forever_is_a_deadlock_error() {
    let out = run_file(
        "signal_forever",
        b"var $s : 4D.Signal\n$s:=New signal\nCALL WORKER(\"w\"; Formula(1+1))\n$s.wait()\n",
        &[],
    );
    assert_clean_failure(&out, "-30040");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("'Main process' (1) waits for a signal"),
        "{stderr}"
    );
}
