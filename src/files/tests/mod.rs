//! Tests of the files module, each citing the 4D doc page it checks. Everything runs in a
//! fresh temporary folder: a project `proj`, a folder `outside` that no script may reach
//! (holding `secret.txt`), and the run's temporary folders under `tmp`.

mod documents;
mod legacy;
mod objects;
mod paths;
mod sandbox;
mod sandbox_prop;
mod text;

use super::{Entry, Files, PathSyntax, SandboxConfig};
use std::fs;
use std::path::PathBuf;
use tempfile::TempDir;

/// The secret no test may ever read through the sandbox.
pub(super) const SECRET: &str = "the secret outside the sandbox";

pub(super) struct Fixture {
    pub dir: TempDir,
    pub files: Files,
}

impl Fixture {
    /// A project with `Project/Sources`, `Resources` and `Data`, and the outside folder.
    pub fn new() -> Fixture {
        Fixture::with_allow(&[])
    }

    /// The same, with `--allow-path` folders (created under the fixture's folder).
    pub fn with_allow(allow: &[&str]) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for sub in [
            "proj/Project/Sources/Methods",
            "proj/Resources",
            "proj/Data",
            "outside",
            "tmp",
        ] {
            fs::create_dir_all(root.join(sub)).expect("mkdir");
        }
        fs::write(root.join("outside/secret.txt"), SECRET).expect("write");
        let mut config = SandboxConfig {
            package: root.join("proj"),
            temp_parent: Some(root.join("tmp")),
            ..SandboxConfig::default()
        };
        for a in allow {
            fs::create_dir_all(root.join(a)).expect("mkdir");
            config.allow.push(root.join(a));
        }
        let files = Files::new(&config).expect("sandbox");
        Fixture { dir, files }
    }

    /// The project folder, symlinks resolved.
    pub fn proj(&self) -> PathBuf {
        self.files.sandbox().package().to_path_buf()
    }

    /// The outside folder, symlinks resolved.
    pub fn outside(&self) -> PathBuf {
        fs::canonicalize(self.dir.path().join("outside")).expect("outside")
    }

    /// `File(path)` in POSIX syntax.
    pub fn file(&self, path: &str) -> Entry {
        Entry::new_file(path, PathSyntax::Posix, self.files.sandbox()).expect(path)
    }

    /// `Folder(path)` in POSIX syntax.
    pub fn folder(&self, path: &str) -> Entry {
        Entry::new_folder(path, PathSyntax::Posix, self.files.sandbox()).expect(path)
    }
}

#[cfg(unix)]
pub(super) fn symlink(target: impl AsRef<std::path::Path>, link: impl AsRef<std::path::Path>) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}
