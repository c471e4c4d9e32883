//! Which files are tests (the rules of guide.md "Golden tests"):
//!
//! - a `.4dm` file with `NAME.out` and/or `NAME.err` beside it;
//! - a 4D project folder with `NAME.out`/`NAME.err` beside it (it runs its
//!   `On Startup`);
//! - a `.4dm` file in a project's `Project/Tests/` folder with its
//!   expectations beside it: it runs with the project's methods and classes
//!   (not `On Startup`), so a project has as many tests as it needs;
//! - a file named on the command line, expectations or not (that is how a new
//!   test gets its first ones: `fourd test --bless FILE`).
//!
//! Any other `.4dm` file in a test folder is a method the tests may call (a
//! sibling), never a test: `fourd test` lists those without expectations, so
//! a forgotten test is seen, except helpers (first line `// helper`).

use std::path::{Path, PathBuf};

/// One test to run.
#[derive(Debug, Clone)]
pub struct TestCase {
    /// The test: a `.4dm` file or a project folder.
    pub path: PathBuf,
    /// The folder its diagnostics' paths are written relative to: the
    /// project's root for a project's test, else the folder holding the test.
    pub root: PathBuf,
}

impl TestCase {
    fn new(path: PathBuf) -> TestCase {
        let root = project_of_test(&path)
            .or_else(|| path.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let root = if root.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            root
        };
        TestCase { path, root }
    }

    /// The expected-output file with this extension (`out`, `err`).
    pub fn expected(&self, ext: &str) -> PathBuf {
        self.path.with_extension(ext)
    }
}

/// What a search found.
#[derive(Debug, Default)]
pub struct Found {
    pub tests: Vec<TestCase>,
    /// `.4dm` files that are neither tests nor helpers.
    pub without_expectations: Vec<PathBuf>,
    /// Paths given that do not exist.
    pub missing: Vec<PathBuf>,
}

/// The project root of a test in `ROOT/Project/Tests/`, if it is one.
pub fn project_of_test(path: &Path) -> Option<PathBuf> {
    let tests = path.parent()?;
    let project = tests.parent()?;
    let is_tests = tests.file_name().is_some_and(|n| n == "Tests");
    let is_project = project.file_name().is_some_and(|n| n == "Project");
    (is_tests && is_project && project.join("Sources").is_dir())
        .then(|| project.parent().map(Path::to_path_buf))
        .flatten()
}

fn has_expectations(path: &Path) -> bool {
    path.with_extension("out").exists() || path.with_extension("err").exists()
}

/// Whether a file is a helper method of other tests: its first line is
/// `// helper`.
fn is_helper(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .is_ok_and(|s| s.trim_start_matches('\u{feff}').starts_with("// helper"))
}

fn is_project(dir: &Path) -> bool {
    dir.join("Project").join("Sources").is_dir()
}

/// Finds the tests under the paths given on the command line.
pub fn discover(paths: &[PathBuf]) -> Found {
    let mut found = Found::default();
    for path in paths {
        if path.is_file() {
            found.tests.push(TestCase::new(path.clone()));
        } else if path.is_dir() {
            if is_project(path) {
                project_tests(path, &mut found);
            } else {
                walk(path, &mut found);
            }
        } else {
            found.missing.push(path.clone());
        }
    }
    found
}

/// A `.4dm` file of a test folder: a test, a helper or a sibling method.
fn file(p: &Path, found: &mut Found) {
    if p.extension().is_none_or(|e| e != "4dm") {
        return;
    }
    if has_expectations(p) {
        found.tests.push(TestCase::new(p.to_path_buf()));
    } else if !is_helper(p) {
        found.without_expectations.push(p.to_path_buf());
    }
}

fn walk(dir: &Path, found: &mut Found) {
    for p in crate::project::sorted_entries(dir) {
        if p.is_dir() {
            if is_project(&p) {
                if has_expectations(&p) {
                    found.tests.push(TestCase::new(p.clone()));
                }
                project_tests(&p, found);
            } else if p.file_name().is_none_or(|n| n != "Classes") {
                // A `Classes` folder holds the classes of the tests beside it.
                walk(&p, found);
            }
        } else {
            file(&p, found);
        }
    }
}

/// The tests of a project: `Project/Tests/*.4dm`.
fn project_tests(root: &Path, found: &mut Found) {
    let tests = root.join("Project").join("Tests");
    for p in crate::project::sorted_entries(&tests) {
        if p.is_file() {
            file(&p, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_siblings_helpers_and_project_tests() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let write = |name: &str, text: &str| {
            let p = d.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        write("a.4dm", "Sibling\n");
        write("a.out", "x\n");
        write("Sibling.4dm", "$a:=1\n");
        write("Help.4dm", "// helper\n$a:=1\n");
        write("p/Project/Sources/Methods/M.4dm", "$a:=1\n");
        write("p/Project/Tests/t1.4dm", "M\n");
        write("p/Project/Tests/t1.err", "x\n");
        write("p/Project/Tests/t2.4dm", "M\n");
        let found = discover(&[d.to_path_buf(), d.join("none")]);
        let tests: Vec<_> = found.tests.iter().map(|t| t.path.clone()).collect();
        assert_eq!(tests, [d.join("a.4dm"), d.join("p/Project/Tests/t1.4dm")]);
        assert_eq!(found.tests[1].root, d.join("p"));
        assert_eq!(found.tests[0].root, d);
        assert_eq!(
            found.without_expectations,
            [d.join("Sibling.4dm"), d.join("p/Project/Tests/t2.4dm")]
        );
        assert_eq!(found.missing, [d.join("none")]);
        // A project named on the command line: its tests.
        assert_eq!(discover(&[d.join("p")]).tests.len(), 1);
        // A file named on the command line is a test, expectations or not.
        assert_eq!(discover(&[d.join("Sibling.4dm")]).tests.len(), 1);
    }
}
