//! The REPL on a real terminal (a pseudo-terminal, through `expectrl`): what
//! only shows there — output that a prompt redraw could erase, lines typed
//! ahead, history written as you go, Ctrl-C in a running entry — and the REPL
//! and `fourd eval` started inside a project folder.

use expectrl::Expect;
use expectrl::session::OsSession as Session;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Whether this machine can make pseudo-terminals (a CI container may not).
fn pty_available() -> bool {
    let ok = Path::new("/dev/ptmx").exists();
    if !ok {
        eprintln!("skipped: no pseudo-terminal on this machine (/dev/ptmx)");
    }
    ok
}

fn spawn(dir: &Path) -> Session {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_fourd"));
    cmd.args(["repl", "--color", "never"])
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir)
        .env("TERM", "xterm");
    let mut s = Session::spawn(cmd).expect("a pseudo-terminal");
    s.set_expect_timeout(Some(Duration::from_secs(30)));
    s.expect("4D> ").expect("the first prompt");
    s
}

/// Waits for `text` in what the terminal shows; returns what came before it.
/// (Prompts are redrawn at each key, so the tests wait for output instead.)
fn shown_before(s: &mut Session, text: &str) -> String {
    let found = s
        .expect(text)
        .unwrap_or_else(|e| panic!("{text:?} never shown: {e}"));
    String::from_utf8_lossy(found.before()).into_owned()
}

#[test]
fn output_without_a_newline_is_not_erased_by_the_prompt() {
    if !pty_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let mut s = spawn(dir.path());
    // The line is ended before the next prompt is drawn: without that, the
    // prompt's redraw (\r, clear line) would erase "part1 ".
    s.send("LOG EVENT(Into system standard outputs; \"part1 \")\r")
        .expect("send");
    shown_before(&mut s, "part1 \r\n");
    // Inside a loop too.
    s.send("For ($i; 1; 3)\rLOG EVENT(Into system standard outputs; String($i*11))\rEnd for\r")
        .expect("send");
    shown_before(&mut s, "112233\r\n");
    s.send(":quit\r").expect("send");
}

#[test]
fn lines_typed_ahead_all_run_in_order() {
    if !pty_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let mut s = spawn(dir.path());
    // Sent at once, as tmux send-keys or a paste without bracketed paste does.
    s.send("100+1\r200+2\r300+3\r").expect("send");
    for value in ["101\r\n", "202\r\n", "303\r\n"] {
        shown_before(&mut s, value);
    }
    s.send(":quit\r").expect("send");
}

#[test]
fn history_is_written_after_each_entry() {
    if !pty_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let mut s = spawn(dir.path());
    s.send("1000+1\r").expect("send");
    shown_before(&mut s, "1001\r\n");
    // The REPL still runs: the entry is already on disk.
    let file = dir.path().join("fourd").join("history");
    let mut history = String::new();
    for _ in 0..50 {
        history = std::fs::read_to_string(&file).unwrap_or_default();
        if history.contains("1000+1") {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(history.contains("1000+1"), "{history:?}");
    s.send(":quit\r").expect("send");
}

#[test]
fn brackets_blocks_and_ctrl_c() {
    if !pty_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp");
    let mut s = spawn(dir.path());
    // An unclosed bracket is an error on its line, and the next line is a
    // new entry; an error inside an open block keeps the block open.
    s.send("Length(\r").expect("send");
    shown_before(&mut s, "error [syntax]");
    s.send("If (True)\r$y:=(1\r").expect("send");
    shown_before(&mut s, "error [syntax]");
    s.send("$y:=2*2+1\rEnd if\r$y\r").expect("send");
    shown_before(&mut s, "5\r\n");
    // Ctrl-C stops a running entry; its error starts on a line of its own.
    s.send("While (True)\rEnd while\r").expect("send");
    std::thread::sleep(Duration::from_millis(500));
    s.send("\x03").expect("send");
    let before = shown_before(&mut s, "-30018");
    if let Some(at) = before.rfind("^C") {
        assert!(before[at + 2..].starts_with("\r\n"), "{before:?}");
    }
    s.send(":quit\r").expect("send");
}

fn project(dir: &Path) {
    let methods = dir.join("Project/Sources/Methods");
    std::fs::create_dir_all(&methods).expect("folder");
    std::fs::write(
        methods.join("Double.4dm"),
        "#DECLARE($n : Integer) -> $r : Integer\n// Twice the number.\n$r:=$n*2\n",
    )
    .expect("write");
}

/// Started inside a project folder, `fourd repl` and `fourd eval` use its
/// methods; `:help` knows them (signature from `#DECLARE`, first comment).
#[test]
fn repl_and_eval_inside_a_project() {
    let dir = tempfile::tempdir().expect("temp");
    project(dir.path());
    let inside = dir.path().join("Project");
    let eval = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["eval", "Double(21)"])
        .current_dir(&inside)
        .output()
        .expect("fourd eval");
    assert_eq!(String::from_utf8_lossy(&eval.stdout), "42\n");
    let mut repl = Command::new(env!("CARGO_BIN_EXE_fourd"))
        .arg("repl")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fourd repl");
    repl.stdin
        .take()
        .expect("stdin")
        .write_all(b"Double(4)\n:help Double\n")
        .expect("write");
    let out = repl.wait_with_output().expect("ends");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout,
        "8\nDouble ($n : Integer) -> $r : Integer\n  project method (Project/Sources/Methods/Double.4dm)\n  Twice the number.\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
