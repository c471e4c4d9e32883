//! fourd as a drop-in for tool4d in CI (docs/tool4d.md): a host project
//! whose test method runs the test classes through a component, with
//! tool4d's command line. The component is MiniTest (tests/tool4d/host/
//! Components/MiniTest.4dbase), a minimal stand-in for a test framework
//! written for these tests. A second test runs the real framework,
//! KyleKincer/testing, when a clone of it is there (FOURD_TESTING_FRAMEWORK,
//! or the corpus folder of this machine); CI has no network, so it is
//! skipped, saying so, otherwise.

use fourd::json::{self, Json, JsonKind};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fourd(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fourd"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("fourd runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn number(json: &Json, key: &str) -> f64 {
    match json.get(key).map(|j| &j.kind) {
        Some(JsonKind::Number(n)) => *n,
        other => panic!("{key}: not a number: {other:?}"),
    }
}

/// The first line of stdout that is a JSON object.
fn summary(stdout: &str) -> Json {
    stdout
        .lines()
        .find_map(|l| {
            json::parse(l.trim())
                .ok()
                .filter(|j| j.get("tests").is_some())
        })
        .or_else(|| json::parse(stdout.trim()).ok())
        .unwrap_or_else(|| panic!("no JSON summary in stdout:\n{stdout}"))
}

#[test]
fn a_host_runs_its_tests_through_a_component_with_tool4ds_command_line() {
    let host = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tool4d/host");
    let out = fourd(
        &[
            "run",
            "--project",
            "Project/host.4DProject",
            "--skip-onstartup",
            "--dataless",
            "--startup-method",
            "test",
            "--user-param",
            "format=json",
        ],
        &host,
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    // One test fails on purpose: the test method throws, so the run fails
    // (exit status 1) and says why on stderr.
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert!(stderr.contains("1 test(s) failed"), "stderr:\n{stderr}");
    let json = summary(&stdout);
    assert_eq!(number(&json, "tests"), 5.0, "{stdout}");
    assert_eq!(number(&json, "passed"), 4.0, "{stdout}");
    assert_eq!(number(&json, "failed"), 1.0, "{stdout}");
    // The component's own method and its own code, from inside it.
    assert!(stdout.contains("\"component\":\"MiniTest\""), "{stdout}");
    assert!(stdout.contains("\"readsOwnCode\":true"), "{stdout}");
    // Which test failed, and why: 2+2 is 4 (helper_not_a_test never runs).
    assert!(
        stdout.contains("\"name\":\"test_wrong_on_purpose\",\"passed\":false"),
        "{stdout}"
    );
    assert!(stdout.contains("expected 5, got 4"), "{stdout}");
    assert!(!stdout.contains("helper_not_a_test"), "{stdout}");
}

#[test]
fn the_project_folder_and_its_4dproject_file_open_the_same_project() {
    let host = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tool4d/host");
    let by_folder = fourd(&["run", ".", "--startup-method", "test"], &host);
    let by_file = fourd(
        &[
            "run",
            "--project=Project/host.4DProject",
            "--startup-method",
            "test",
        ],
        &host,
    );
    assert_eq!(by_folder.status.code(), Some(1));
    assert_eq!(by_file.status.code(), Some(1));
    assert_eq!(text(&by_folder.stdout), text(&by_file.stdout));
}

#[test]
fn options_that_cannot_apply_say_so_and_the_run_goes_on() {
    let host = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tool4d/host");
    let out = fourd(
        &[
            "run",
            "--project",
            "Project/host.4DProject",
            "--opening-mode",
            "compiled",
            "--headless",
            "--utility",
            "--webadmin-auto-start",
            "false",
            "--startup-method",
            "test",
        ],
        &host,
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--opening-mode compiled"), "{stderr}");
    assert!(stderr.contains("--utility"), "{stderr}");
    assert!(stderr.contains("--webadmin"), "{stderr}");
    assert!(summary(&text(&out.stdout)).get("tests").is_some());
    let both = fourd(&["run", "a", "--project", "b"], &host);
    assert_eq!(both.status.code(), Some(2));
    let none = fourd(&["run"], &host);
    assert_eq!(none.status.code(), Some(2));
}

/// The clone of KyleKincer/testing to run, if there is one.
fn framework() -> Option<PathBuf> {
    let dir = std::env::var_os("FOURD_TESTING_FRAMEWORK")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/work/corpus/KyleKincer+testing"));
    dir.join("testing/Project/testing.4DProject")
        .is_file()
        .then_some(dir)
}

#[test]
fn the_testing_frameworks_own_suite_passes_with_its_ci_command_line() {
    let Some(dir) = framework() else {
        eprintln!(
            "skipped: no clone of KyleKincer/testing (set FOURD_TESTING_FRAMEWORK to its folder)"
        );
        return;
    };
    let project = dir.join("testing/Project/testing.4DProject");
    let project = project.to_string_lossy();
    // Its CI's command line, tool4d replaced by `fourd run` (run-tests.yml,
    // Makefile: excludeTags=no-linux on Linux).
    let out = fourd(
        &[
            "run",
            "--project",
            &project,
            "--skip-onstartup",
            "--dataless",
            "--startup-method",
            "test",
            "--user-param",
            "format=json excludeTags=no-linux",
        ],
        &dir,
    );
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "stderr:\n{stderr}");
    let json = summary(&stdout);
    // 208 test functions; one is tagged no-linux (excluded), one skip
    // (_SkipTaggedTest): 207 tests, 206 passed, 1 skipped, none failed.
    assert_eq!(number(&json, "failed"), 0.0, "{stdout}");
    assert_eq!(number(&json, "tests"), 207.0);
    assert_eq!(number(&json, "passed"), 206.0);
    assert_eq!(number(&json, "skipped"), 1.0);
}
