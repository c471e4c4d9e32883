//! The run's temporary folder (4D's `Temporary folder`): made fresh for each run, private to
//! the user, and removed when the run ends unless the user asked to keep it. The folders a
//! desktop session would have (desktop, documents, preferences…) live inside it, so a script
//! that writes "to the desktop" writes into the run's own space.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Folders made inside the temporary folder at the start, so that the folders 4D's constants
/// name exist as they do on a desktop (see `places.rs` and docs/files.md).
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
}

impl RunTemp {
    /// A new, empty folder `fourd-run-…` inside `parent` (the system's temporary folder by
    /// default), readable by the user only, holding [`STANDARD_FOLDERS`]. Its path is
    /// returned with symlinks resolved (macOS's `/var` is `/private/var`).
    pub fn create(parent: &Path) -> io::Result<RunTemp> {
        let parent = fs::canonicalize(parent)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        for _ in 0..64 {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let name = format!("fourd-run-{}-{n}-{nanos:x}", std::process::id());
            let path = parent.join(name);
            match fs::create_dir(&path) {
                Ok(()) => {
                    let temp = RunTemp { path, keep: false };
                    restrict(&temp.path)?;
                    for folder in STANDARD_FOLDERS {
                        fs::create_dir_all(temp.path.join(folder))?;
                    }
                    return Ok(temp);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free name for the run's temporary folder",
        ))
    }

    /// The folder (symlinks resolved).
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
        if !self.keep {
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
