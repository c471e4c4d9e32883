//! The run's temporary folder (4D's `Temporary folder`): fresh for each run, private to the
//! user, and removed when the run ends unless the user asked to keep it. The folders a
//! desktop session would have (desktop, documents, preferences…) live inside it, so a script
//! that writes "to the desktop" writes into the run's own space. It is made when first used:
//! a run that never touches it pays nothing (removing folders is slow on some disks).

use std::cell::OnceCell;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Folders made inside the temporary folder with it, so that the folders 4D's constants name
/// exist as they do on a desktop (see `places.rs` and docs/files.md).
pub const STANDARD_FOLDERS: &[&str] = &[
    "home/Desktop",
    "home/Documents",
    "home/Preferences/4D",
    "Applications",
    "Licenses",
    "System/Fonts",
    "System/Preferences",
    "Client",
];

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The temporary folder of one run. Dropping it removes it (and all it holds) unless
/// [`RunTemp::keep`] was called; removal never follows symlinks.
#[derive(Debug)]
pub struct RunTemp {
    path: PathBuf,
    keep: bool,
    /// Set by the first [`RunTemp::ensure`]: whether the folder could be made.
    made: OnceCell<Result<(), String>>,
}

impl RunTemp {
    /// Chooses the folder, `fourd-run-…` inside `parent` (whose symlinks are resolved: macOS's
    /// `/var` is `/private/var`), without making it.
    pub fn plan(parent: &Path) -> io::Result<RunTemp> {
        let parent = fs::canonicalize(parent)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        for _ in 0..64 {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = parent.join(format!("fourd-run-{}-{n}-{nanos:x}", std::process::id()));
            if fs::symlink_metadata(&path).is_err() {
                return Ok(RunTemp {
                    path,
                    keep: false,
                    made: OnceCell::new(),
                });
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free name for the run's temporary folder",
        ))
    }

    /// Makes the folder (readable by the user only) and [`STANDARD_FOLDERS`], once. It must
    /// not exist yet: a folder (or symlink) someone else put there is refused, never used.
    pub fn ensure(&self) -> Result<(), String> {
        self.made
            .get_or_init(|| self.make().map_err(|e| e.to_string()))
            .clone()
    }

    fn make(&self) -> io::Result<()> {
        fs::create_dir(&self.path)?;
        restrict(&self.path)?;
        for folder in STANDARD_FOLDERS {
            fs::create_dir_all(self.path.join(folder))?;
        }
        Ok(())
    }

    /// The folder (symlinks of its parent resolved).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Keep the folder after the run (`--keep-temp`), e.g. to look at what a script wrote.
    pub fn keep(&mut self, keep: bool) {
        self.keep = keep;
    }
}

impl Drop for RunTemp {
    fn drop(&mut self) {
        if !self.keep && matches!(self.made.get(), Some(Ok(()))) {
            // std's remove_dir_all removes symlinks, never what they point to.
            let _ = fs::remove_dir_all(&self.path);
        }
    }
}

#[cfg(unix)]
fn restrict(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn restrict(_path: &Path) -> io::Result<()> {
    Ok(())
}
