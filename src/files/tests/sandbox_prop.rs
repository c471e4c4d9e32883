//! The sandbox property (issue 16): for generated paths — absolute or relative, with `..`,
//! `.`, empty names and symlinks that stay inside, lead out, climb out, dangle out or loop —
//! every path the sandbox lets through resolves inside a root, and reading or writing through
//! it never touches the outside folder.

use super::{Fixture, SECRET, symlink};
use crate::files::{BreakMode, CharsetArg};
use crate::files::{Entry, PathSyntax};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::fs;
use std::path::{Path, PathBuf};

/// The tree: in the project `a/b/c.txt`, symlinks `in` (-> a, relative), `in_abs` (-> a,
/// absolute), `out` (-> outside), `up` (-> ../..), `deep` (-> outside/x/y), `dangle`
/// (-> outside/missing), `loop` (-> loop), and in the outside folder a link back `back`
/// (-> the project). Whatever a case deleted is made again.
fn tree(f: &Fixture) {
    let proj = f.proj();
    let out = f.outside();
    let _ = fs::create_dir_all(proj.join("a/b"));
    if !proj.join("a/b/c.txt").is_file() {
        let _ = fs::write(proj.join("a/b/c.txt"), "inside");
    }
    fs::create_dir_all(out.join("x/y")).unwrap();
    let links: [(PathBuf, PathBuf); 8] = [
        ("a".into(), proj.join("in")),
        (proj.join("a"), proj.join("in_abs")),
        (out.clone(), proj.join("out")),
        ("../..".into(), proj.join("up")),
        (out.join("x/y"), proj.join("deep")),
        (out.join("missing"), proj.join("dangle")),
        ("loop".into(), proj.join("loop")),
        (proj.clone(), out.join("back")),
    ];
    for (target, link) in links {
        if fs::symlink_metadata(&link).is_err() {
            symlink(target, link);
        }
    }
}

fn component() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("a".to_string()),
        Just("b".to_string()),
        Just("c.txt".to_string()),
        Just("secret.txt".to_string()),
        Just("..".to_string()),
        Just(".".to_string()),
        Just(String::new()),
        Just("in".to_string()),
        Just("in_abs".to_string()),
        Just("out".to_string()),
        Just("up".to_string()),
        Just("deep".to_string()),
        Just("dangle".to_string()),
        Just("loop".to_string()),
        Just("back".to_string()),
        Just("new".to_string()),
    ]
}

/// Where a generated path starts: 0 relative (legacy: the project), 1 the project's system
/// path, 2 the outside folder, 3 `/`, 4 `/PACKAGE`, 5 the temporary folder.
fn start() -> impl Strategy<Value = u8> {
    0u8..6
}

fn text(f: &Fixture, start: u8, parts: &[String]) -> String {
    let rel = parts.join("/");
    match start {
        0 => rel,
        1 => format!("{}/{rel}", f.proj().display()),
        2 => format!("{}/{rel}", f.outside().display()),
        3 => format!("/{rel}"),
        4 => format!("/PACKAGE/{rel}"),
        _ => format!("{}/{rel}", f.files.sandbox().temp().display()),
    }
}

fn inside(f: &Fixture, path: &Path) -> bool {
    f.files
        .sandbox()
        .roots()
        .iter()
        .any(|r| path.starts_with(r))
}

/// What really exists at the end of `path` must be inside too (checked with the system's
/// own canonicalize, independently of the sandbox's resolver).
fn really_inside(f: &Fixture, path: &Path) -> bool {
    let mut probe: PathBuf = path.to_path_buf();
    loop {
        if let Ok(real) = fs::canonicalize(&probe) {
            return inside(f, &real);
        }
        if !probe.pop() {
            return true;
        }
    }
}

/// Runs `check` on generated paths, all against one fixture (made once: removing folders is
/// slow on some disks), the tree restored before each case.
fn run(cases: u32, check: impl Fn(&Fixture, &str) -> Result<(), TestCaseError>) {
    let f = Fixture::new();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (start(), prop::collection::vec(component(), 0..8));
    let result = runner.run(&strategy, |(start, parts)| {
        tree(&f);
        let text = text(&f, start, &parts);
        check(&f, &text)
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// The outside folder is as the tree made it: the secret unchanged, nothing added.
fn outside_untouched(f: &Fixture) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        fs::read_to_string(f.outside().join("secret.txt")).unwrap(),
        SECRET
    );
    let mut names: Vec<_> = fs::read_dir(f.outside())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    prop_assert_eq!(names, ["back", "secret.txt", "x"]);
    prop_assert!(!f.outside().join("missing").exists());
    prop_assert!(
        fs::read_dir(f.outside().join("x/y"))
            .unwrap()
            .next()
            .is_none()
    );
    Ok(())
}

#[test]
fn no_allowed_path_leads_out() {
    run(2000, |f, text| {
        let sandbox = f.files.sandbox();
        let host = if let Some(rest) = text.strip_prefix("/PACKAGE") {
            PathBuf::from(format!("{}{rest}", f.proj().display()))
        } else if text.starts_with('/') {
            PathBuf::from(text)
        } else {
            f.proj().join(text)
        };
        for follow in [true, false] {
            let result = if follow {
                sandbox.resolve(&host, text)
            } else {
                sandbox.resolve_link(&host, text)
            };
            if let Ok(real) = result {
                prop_assert!(inside(f, &real), "{text} -> {}", real.display());
                if follow {
                    prop_assert!(
                        really_inside(f, &real),
                        "{text} -> {} (system)",
                        real.display()
                    );
                } else if let Some(parent) = real.parent() {
                    // The link itself is inside; so is its folder, unless it is a root.
                    let root = sandbox.roots().iter().any(|r| r == &real);
                    prop_assert!(
                        root || really_inside(f, parent),
                        "{text} -> {} (parent)",
                        real.display()
                    );
                }
            }
        }
        // End to end: a read never returns the secret, a write never lands outside.
        if let Ok(read) = f
            .files
            .document_to_text(text, CharsetArg::Default, BreakMode::Unchanged)
        {
            prop_assert_ne!(read, SECRET);
        }
        let _ =
            f.files
                .text_to_document(text, "written", CharsetArg::Default, BreakMode::Unchanged);
        let _ = f.files.create_folder(text, true);
        let _ = f.files.delete_document(text);
        let _ = f.files.copy_document(text, "a/", None, true);
        let _ = f.files.move_document("a/b/c.txt", text);
        outside_untouched(f)
    });
}

#[test]
fn objects_made_from_any_text_stay_inside() {
    run(2000, |f, text| {
        let sandbox = f.files.sandbox();
        for syntax in [PathSyntax::Posix, PathSyntax::Platform] {
            let Ok(entry) = Entry::new_file(text, syntax, sandbox) else {
                continue;
            };
            if let Ok(bytes) = f.files.get_content(&entry) {
                prop_assert_ne!(bytes, SECRET.as_bytes());
            }
            let _ = f.files.set_content(&entry, b"written");
            let _ = f.files.create(&entry);
            if let Some(parent) = entry.parent(sandbox) {
                let _ = f
                    .files
                    .files(&parent, crate::files::ListOptions::from_code(1));
                let _ = f.files.copy_to(&entry, &parent, Some("copy"), true);
            }
            let _ = f.files.rename(&entry, "renamed");
            if let Ok(folder) = Entry::new_folder(text, syntax, sandbox) {
                let _ = f.files.create(&folder);
                let _ = f
                    .files
                    .delete(&folder, crate::files::DeleteOption::WithContents);
            }
        }
        outside_untouched(f)
    });
}
