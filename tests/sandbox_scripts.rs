//! The sandbox, end to end (issue 16): for generated paths — relative, absolute, with `..`,
//! `.`, empty names, and symlinks that stay inside, lead out, climb out, dangle out or loop —
//! a 4D script calling `File`, `Folder`, `Document to text`, `TEXT TO DOCUMENT`, `CREATE
//! FOLDER`, `COPY DOCUMENT`, `DELETE DOCUMENT`… never reads the secret kept outside its
//! project folder, never changes the outside folder, and every failure is one of 4D's file
//! errors (docs/files.md's table), never a crash.

use fourd::eval::Output;
use fourd::runner::{self, Outcome, RunOptions};
use fourd::startup::SessionArgs;
use fourd::testing::Captured;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::fs;
use std::path::{Path, PathBuf};

const SECRET: &str = "the secret outside the sandbox";

/// The codes a file command may fail with (docs/files.md, "Errors").
const FILE_ERRORS: &[i64] = &[-36, -37, -43, -45, -47, -48, -50, -54, -120];

struct Tree {
    _dir: tempfile::TempDir,
    proj: PathBuf,
    outside: PathBuf,
}

#[cfg(unix)]
fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    let _ = std::os::unix::fs::symlink(target, link);
}

/// A project `proj` (with `a/b/c.txt` and symlinks `in` → a, `out` → the outside folder, `up`
/// → ../.., `deep` → outside/x, `dangle` → outside/missing, `loop` → loop) and the outside
/// folder holding the secret.
fn tree() -> Tree {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = fs::canonicalize(dir.path()).expect("canonical");
    let proj = root.join("proj");
    let outside = root.join("outside");
    fs::create_dir_all(outside.join("x")).unwrap();
    fs::write(outside.join("secret.txt"), SECRET).unwrap();
    let t = Tree {
        _dir: dir,
        proj,
        outside,
    };
    restore(&t);
    t
}

/// Makes again what a case may have moved or deleted in the project.
fn restore(t: &Tree) {
    let (proj, outside) = (&t.proj, &t.outside);
    let _ = fs::create_dir_all(proj.join("a/b"));
    let _ = fs::write(proj.join("a/b/c.txt"), "inside");
    symlink("a", proj.join("in"));
    symlink(outside, proj.join("out"));
    symlink("../..", proj.join("up"));
    symlink(outside.join("x"), proj.join("deep"));
    symlink(outside.join("missing"), proj.join("dangle"));
    symlink("loop", proj.join("loop"));
}

fn component() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "a",
        "b",
        "c.txt",
        "secret.txt",
        "..",
        ".",
        "",
        "in",
        "out",
        "up",
        "deep",
        "dangle",
        "loop",
        "new",
        "PACKAGE",
        "DATA",
    ])
}

/// A path as a script writes it: relative, from `/`, from `/PACKAGE`, from the project's
/// system path or from the outside folder's.
fn path_text(t: &Tree, start: u8, parts: &[&str]) -> String {
    let rel = parts.join("/");
    match start {
        0 => rel,
        1 => format!("/{rel}"),
        2 => format!("/PACKAGE/{rel}"),
        3 => format!("{}/{rel}", t.proj.display()),
        _ => format!("{}/{rel}", t.outside.display()),
    }
}

/// One script trying every command on `p`; each attempt prints its error code, or what it
/// read.
fn script(p: &str) -> String {
    let attempts = [
        "$r:=Document to text($p)",
        "$r:=File($p; fk platform path).getText()",
        "$r:=File($p).getText()",
        "$r:=Folder($p; fk platform path).files(fk recursive).extract(\"fullName\").join(\",\")",
        "TEXT TO DOCUMENT($p; \"written\")",
        "File($p; fk platform path).setText(\"written\")",
        "File($p).setText(\"written\")",
        "CREATE FOLDER($p; *)",
        "COPY DOCUMENT($p; \"a/\"; *)",
        "COPY DOCUMENT(\"a/b/c.txt\"; $p; *)",
        "MOVE DOCUMENT(\"a/b/c.txt\"; $p)",
        "DELETE DOCUMENT($p)",
        "Folder($p; fk platform path).delete(Delete with contents)",
        "File($p; fk platform path).copyTo(Folder(\"/PACKAGE\"); \"copied\"; fk overwrite)",
        "$r:=String(Test path name($p))",
    ];
    let mut s = format!("var $p; $r : Text\n$p:=\"{p}\"\n");
    for a in attempts {
        s.push_str(&format!(
            "$r:=\"\"\nTry\n\t{a}\n\tALERT(\"ok \"+$r)\nCatch\n\tALERT(\"error \"+String(Last errors[0].errCode))\nEnd try\n"
        ));
    }
    s
}

/// The outside folder as the tree made it: the secret unchanged, nothing added.
fn outside_untouched(t: &Tree) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        fs::read_to_string(t.outside.join("secret.txt")).unwrap(),
        SECRET
    );
    let mut names: Vec<_> = fs::read_dir(&t.outside)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    prop_assert_eq!(names, ["secret.txt", "x"]);
    prop_assert!(fs::read_dir(t.outside.join("x")).unwrap().next().is_none());
    Ok(())
}

fn run_script(t: &Tree, text: &str) -> String {
    let file = t.proj.join("main.4dm");
    fs::write(&file, text).unwrap();
    let out = Captured::default();
    let output = Output {
        stdout: Box::new(out.clone()),
        stderr: Box::new(std::io::sink()),
    };
    let options = RunOptions::default();
    let mut prepared = runner::prepare(&file, &SessionArgs::default(), &options, output)
        .unwrap_or_else(|d| panic!("the script does not start: {d:?}\n{text}"));
    let outcome = runner::run(&mut prepared, &[]);
    assert!(
        matches!(outcome, Outcome::Finished),
        "the script did not finish: {outcome:?}\n{text}"
    );
    out.text()
}

#[test]
fn scripts_reach_nothing_outside_their_sandbox() {
    let t = tree();
    let mut runner = TestRunner::new(Config {
        cases: 150,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0u8..5, prop::collection::vec(component(), 0..6));
    // The test must see both refusals and reads that succeed, or it proves nothing.
    let (refused, read) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    let result = runner.run(&strategy, |(start, parts)| {
        restore(&t);
        let p = path_text(&t, start, &parts);
        let printed = run_script(&t, &script(&p));
        prop_assert!(!printed.contains(SECRET), "{p}: read the secret");
        refused.set(refused.get() + printed.matches("error -45").count());
        let texts = printed
            .lines()
            .filter_map(|l| l.strip_prefix("ok "))
            .filter(|r| !r.trim().is_empty() && r.parse::<f64>().is_err());
        read.set(read.get() + texts.count());
        for line in printed.lines() {
            if let Some(code) = line.strip_prefix("error ") {
                let code: i64 = code.parse().unwrap_or(0);
                prop_assert!(FILE_ERRORS.contains(&code), "{p}: error {code}");
            }
        }
        outside_untouched(&t)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(refused.get() > 0 && read.get() > 0, "{refused:?} {read:?}");
}
