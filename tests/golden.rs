//! Runs the golden-file script tests under `tests/golden/` (and the example
//! projects under `scripts/`, and the sample CI project `tests/sample-ci/`) through the same
//! runner as `fourd test`: each `NAME.4dm` beside its expected `NAME.out`
//! (stdout) and/or `NAME.err` (diagnostics). To update expectations, run
//! `FOURD_BLESS=1 cargo test --test golden` (or `cargo run -- test --bless
//! tests/golden`, which also writes a new test's first ones) and read the diff.

fn golden(tree_walk: bool) {
    let mut report = Vec::new();
    let paths = [
        "tests/golden".into(),
        "scripts".into(),
        "tests/sample-ci".into(),
    ];
    let (passed, failed) = fourd::testing::run_golden_suite(&paths, tree_walk, &mut report);
    let report = String::from_utf8_lossy(&report);
    assert!(passed > 0, "no golden tests found");
    assert_eq!(failed, 0, "\n{report}");
}

/// As `fourd test` runs them: methods compiled to closures.
#[test]
fn golden_scripts() {
    golden(false);
}

/// The same expectations met by the tree walker, the compiled form's reference.
#[test]
fn golden_scripts_tree_walk() {
    if fourd::testing::bless_requested() {
        // The expected files come from the compiled run (`golden_scripts`), which
        // is rewriting them now; compare the tree walker with them next run.
        eprintln!("golden_scripts_tree_walk: left out while blessing");
        return;
    }
    golden(true);
}

/// The same tree passes from other working folders: `// test:` paths resolve
/// against each test's folder and `.err` paths are relative to it, so nothing
/// depends on where `fourd test` is started (the suite above runs it from the
/// crate's root).
#[test]
fn golden_tree_from_other_folders() {
    if fourd::testing::bless_requested() {
        return;
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (cwd, path) in [("tests", "golden"), ("tests/golden/session", "..")] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_fourd"))
            .args(["test", "--color", "never", path])
            .current_dir(root.join(cwd))
            .output()
            .expect("fourd runs");
        let log = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "from {cwd}:\n{log}");
        assert!(log.contains(" passed, 0 failed in "), "from {cwd}:\n{log}");
    }
}
