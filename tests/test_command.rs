//! The rules of `fourd test` (docs/guide.md "Golden tests"), each checked by
//! running the binary on a folder made for it: no test found is an error,
//! siblings are not tests, bless refuses bad runs and says what it wrote,
//! options and paths do not depend on the working folder, a project's
//! `Project/Tests/`, `--junit` and `--json`.

use std::path::Path;
use std::process::{Command, Output};

fn fourd(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("fourd runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn write(dir: &Path, name: &str, content: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, content).expect("write");
}

const HELLO: &str = "LOG EVENT(Into system standard outputs; \"hello\\n\")\n";

#[test]
fn no_test_found_is_an_error_naming_the_path() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    std::fs::create_dir(d.join("empty")).expect("folder");
    write(d, "new/a.4dm", HELLO);
    write(d, "new/b.4dm", HELLO);
    for (path, says) in [
        ("nonexist", "nonexist: no such file or folder"),
        ("empty", "no test found in empty"),
        ("new", "no test found in new"),
    ] {
        let out = fourd(d, &["test", path]);
        assert_eq!(out.status.code(), Some(2), "{path}: {}", text(&out));
        assert!(text(&out).contains(says), "{path}: {}", text(&out));
    }
    // Scripts without expectations are listed, with what to do.
    let out = text(&fourd(d, &["test", "new"]));
    assert!(out.contains("2 scripts without .out/.err"), "{out}");
    assert!(
        out.contains("new/a.4dm") && out.contains("--bless FILE"),
        "{out}"
    );
}

#[test]
fn siblings_are_methods_not_tests_and_bless_says_what_it_wrote() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    write(d, "t/main.4dm", "Greet\n");
    write(d, "t/main.out", "");
    write(d, "t/Greet.4dm", HELLO);
    let out = fourd(d, &["test", "--bless", "t"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let log = text(&out);
    assert!(log.contains("updated t/main.out"), "{log}");
    assert!(log.contains("1 blessed, 0 failed"), "{log}");
    assert!(
        !d.join("t/Greet.out").exists(),
        "a sibling method is not a test"
    );
    assert_eq!(
        std::fs::read_to_string(d.join("t/main.out")).expect("written"),
        "hello\n"
    );
    // A file named on the command line gets its first expectations.
    write(d, "t/second.4dm", HELLO);
    let log = text(&fourd(d, &["test", "--bless", "t/second.4dm"]));
    assert!(log.contains("created t/second.out"), "{log}");
    // Blessing again changes nothing, and says nothing was written.
    let log = text(&fourd(d, &["test", "--bless", "t"]));
    assert!(
        !log.contains("updated") && !log.contains("created"),
        "{log}"
    );
}

#[test]
fn bless_refuses_bad_runs() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    // An unknown method (the test cannot see it), an endless loop, a typo in
    // the options line.
    write(d, "unknown.4dm", "Show_Access\n");
    write(
        d,
        "endless.4dm",
        "// test: --max-steps 1000\nWhile (True)\nEnd while\n",
    );
    write(d, "typo.4dm", "// test: --mdoe remote\nALERT(\"x\")\n");
    write(d, "broken.4dm", "If (True)\n");
    for (name, why) in [
        ("unknown", "uncaught error"),
        ("endless", "step or time limit"),
        ("typo", "bad // test: line"),
        ("broken", "did not start"),
    ] {
        let file = format!("{name}.4dm");
        let out = fourd(d, &["test", "--bless", &file]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out));
        assert!(text(&out).contains(why), "{name}: {}", text(&out));
        assert!(
            !d.join(format!("{name}.out")).exists() && !d.join(format!("{name}.err")).exists(),
            "{name}: nothing written"
        );
    }
    // Said to expect an error, the uncaught one is blessed...
    write(d, "unknown.4dm", "// test: expect-error\nShow_Access\n");
    let out = fourd(d, &["test", "--bless", "unknown.4dm"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let err = std::fs::read_to_string(d.join("unknown.err")).expect("blessed");
    assert!(err.starts_with("unknown.4dm:2:1: error -30007"), "{err}");
    // ...and a test that expects an error fails when the run finishes.
    write(d, "unknown.4dm", "// test: expect-error\n$a:=1\n");
    let out = fourd(d, &["test", "unknown.4dm"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("says `expect-error`"), "{}", text(&out));
}

/// `// test: --directory` is relative to the test file, diagnostics' paths to
/// the test's folder: the same tests pass from any working folder.
#[test]
fn the_same_tests_pass_from_any_folder() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    write(
        d,
        "suite/users/dir.json",
        r#"{"users": {"Bob": {}}, "groups": {}}"#,
    );
    write(
        d,
        "suite/users/login.4dm",
        "// test: --mode remote --directory dir.json --user Bob\nALERT(Current user)\n",
    );
    write(d, "suite/users/login.out", "Bob\n");
    write(
        d,
        "suite/fails.4dm",
        "// test: expect-error\n$a:=Length(1;2)\n",
    );
    write(
        d,
        "suite/fails.err",
        "fails.4dm:2:5: error -30008 (4DRT): Wrong number or type of parameters for 'Length'\n",
    );
    for (cwd, path) in [
        (d.to_path_buf(), "suite"),
        (d.join("suite"), "."),
        (d.join("suite/users"), ".."),
    ] {
        let out = fourd(&cwd, &["test", path]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "from {}: {}",
            cwd.display(),
            text(&out)
        );
        assert!(
            text(&out).contains("2 passed, 0 failed in "),
            "{}",
            text(&out)
        );
    }
}

/// A project's tests: `Project/Tests/NAME.4dm` run with the project's methods
/// and classes; several per project; `--junit` and `--json` report them.
#[test]
fn project_tests_junit_and_json() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    write(
        d,
        "app/Project/Sources/Methods/Double.4dm",
        "#DECLARE($n : Integer) -> $r : Integer\n$r:=$n*2\n",
    );
    write(
        d,
        "app/Project/Tests/double_two.4dm",
        "ALERT(String(Double(2)))\n",
    );
    write(d, "app/Project/Tests/double_two.out", "4\n");
    write(
        d,
        "app/Project/Tests/double_three.4dm",
        "ALERT(String(Double(3)))\n",
    );
    write(d, "app/Project/Tests/double_three.out", "5\n");
    let out = fourd(d, &["test", "app", "--junit", "report.xml"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let log = text(&out);
    assert!(
        log.contains("FAIL app/Project/Tests/double_three.4dm"),
        "{log}"
    );
    assert!(log.contains("- 5\n+ 6"), "the diff: {log}");
    assert!(log.contains("1 passed, 1 failed in "), "{log}");
    assert!(log.contains("JUnit report written to report.xml"), "{log}");
    let xml = std::fs::read_to_string(d.join("report.xml")).expect("junit");
    assert!(xml.contains("tests=\"2\" failures=\"1\""), "{xml}");
    assert!(
        xml.contains("<testcase name=\"app/Project/Tests/double_two.4dm\""),
        "{xml}"
    );
    assert!(xml.contains("<failure message=\"--- "), "{xml}");
    // From inside the project, `fourd test` finds its tests by itself.
    let out = fourd(&d.join("app"), &["test", "--json"]);
    let json = String::from_utf8_lossy(&out.stdout);
    assert!(json.starts_with("{\"passed\": 1, \"failed\": 1,"), "{json}");
    assert!(
        json.contains("\"name\": \"./Project/Tests/double_three.4dm\", \"passed\": false"),
        "{json}"
    );
    // A test named like a project method (names ignore case) would be that
    // method: it is refused, saying why.
    write(d, "app/Project/Tests/double.4dm", "ALERT(\"x\")\n");
    let out = fourd(d, &["test", "app/Project/Tests/double.4dm"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("has the name of the project method 'Double'"),
        "{}",
        text(&out)
    );
}
