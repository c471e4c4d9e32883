//! Hostile class code never crashes fourd (issue 15): a class that extends
//! itself through two files, a constructor that recurses, a computed property
//! whose getter reads (or setter writes) itself — each ends with a located
//! error and an exit status below 100, never a panic, an overflow or a hang.

use std::path::PathBuf;
use std::process::{Command, Output};

fn folder(name: &str, classes: &[(&str, &str)], main: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "fourd-hostile-classes-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("Classes")).expect("temp dir");
    for (class, text) in classes {
        std::fs::write(dir.join("Classes").join(format!("{class}.4dm")), text).expect("class");
    }
    std::fs::write(dir.join("main.4dm"), main).expect("main");
    dir
}

fn run(dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(["run", "--color", "never"])
        .arg(dir.join("main.4dm"))
        .output()
        .expect("fourd runs")
}

/// Exit status in 1..100, and `wanted` (a code and a file:line) in stderr.
fn assert_located(out: &Output, wanted: &[&str]) {
    let code = out.status.code();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(code, Some(1..=99)),
        "exit {code:?}, stderr:\n{stderr}"
    );
    for w in wanted {
        assert!(stderr.contains(w), "expected {w:?} in:\n{stderr}");
    }
}

#[test]
fn extends_itself_through_two_files() {
    let dir = folder(
        "loop",
        &[("A", "Class extends B\n"), ("B", "Class extends A\n")],
        "$a:=cs.A.new()\n",
    );
    assert_located(&run(&dir), &["A.4dm:1:15", "B.4dm:1:15", "circular"]);
}

#[test]
fn a_constructor_that_recurses() {
    let dir = folder(
        "recurse",
        &[("R", "Class constructor\n\tThis.next:=cs.R.new()\n")],
        "$r:=cs.R.new()\n",
    );
    assert_located(&run(&dir), &["-30010", "R.4dm:2:"]);
}

#[test]
fn a_getter_that_reads_itself_and_a_setter_that_writes_itself() {
    let dir = folder(
        "getter",
        &[(
            "G",
            "Function get x() : Integer\n\treturn This.x+1\nFunction get y() : Integer\n\treturn 0\nFunction set y($v : Integer)\n\tThis.y:=$v\n",
        )],
        "$g:=cs.G.new()\n$v:=$g.x\n",
    );
    assert_located(&run(&dir), &["-30010", "G.4dm:2:"]);
    std::fs::write(dir.join("main.4dm"), "$g:=cs.G.new()\n$g.y:=1\n").expect("main");
    assert_located(&run(&dir), &["-30010", "G.4dm:6:"]);
}

/// A chain of 40 classes: functions and OB Instance of reach the top.
#[test]
fn a_deep_chain_of_classes() {
    let mut classes: Vec<(String, String)> = vec![(
        "C0".into(),
        "Function hello() : Text\n\treturn \"hi\"\n".into(),
    )];
    for i in 1..40 {
        classes.push((format!("C{i}"), format!("Class extends C{}\n", i - 1)));
    }
    let refs: Vec<(&str, &str)> = classes
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let dir = folder(
        "deep",
        &refs,
        "$o:=cs.C39.new()\nLOG EVENT(Into system standard outputs; $o.hello()+\" \"+String(OB Instance of($o; cs.C0)))\n",
    );
    let out = run(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.trim(), "hi True");
}
