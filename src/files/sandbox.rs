//! The sandbox: the folders a run may touch (the project folder, the run's temporary folder,
//! and each `--allow-path DIR`, all read-write) and the one gate every file operation passes:
//! [`Sandbox::resolve`], which resolves symlinks (see `resolve.rs`) and refuses a result that
//! is not inside one of them. Operations then use the resolved path only.

use super::error::FileError;
use super::places::{Filesystem, Place};
use super::resolve::{self, Unresolved};
use super::run_temp::RunTemp;
use std::fs;
use std::path::{Path, PathBuf};

/// The longest path fourd accepts, in bytes (Linux's `PATH_MAX`).
pub const MAX_PATH_BYTES: usize = 4096;
/// The longest file or folder name, in bytes (Linux's `NAME_MAX`).
pub const MAX_NAME_BYTES: usize = 255;

/// How a run's sandbox is made (from `fourd run`'s flags).
#[derive(Debug, Clone, Default)]
pub struct SandboxConfig {
    /// The project root (`/PACKAGE`), or the folder of a lone `.4dm` file.
    pub package: PathBuf,
    /// `--allow-path DIR` (repeatable): more folders the run may read and write.
    pub allow: Vec<PathBuf>,
    /// Where the run's temporary folder is made; the system's temporary folder by default.
    pub temp_parent: Option<PathBuf>,
    /// `--keep-temp`: do not remove the temporary folder at the end.
    pub keep_temp: bool,
}

/// The folders a run may use, and the gate to them. Dropping it removes the temporary folder
/// (unless kept).
#[derive(Debug)]
pub struct Sandbox {
    package: PathBuf,
    temp: RunTemp,
    allowed: Vec<PathBuf>,
    /// Every root, symlinks resolved: the package, the temporary folder, the allowed ones.
    roots: Vec<PathBuf>,
    /// The roots as they were given (made absolute), for checking a path's text before it is
    /// resolved: a script may name the project by a path that goes through a symlink.
    given: Vec<PathBuf>,
}

impl Sandbox {
    /// Checks that the project and the allowed folders exist (-43 naming the first that does
    /// not) and chooses the run's temporary folder (-36 when its parent is not there); the
    /// temporary folder is made when a path inside it is first resolved.
    pub fn new(config: &SandboxConfig) -> Result<Sandbox, FileError> {
        let package = existing_folder(&config.package)?;
        let mut allowed = Vec::new();
        for dir in &config.allow {
            allowed.push(existing_folder(dir)?);
        }
        let parent = config
            .temp_parent
            .clone()
            .unwrap_or_else(std::env::temp_dir);
        let mut temp =
            RunTemp::plan(&parent).map_err(|e| FileError::io(&parent.display().to_string(), &e))?;
        temp.keep(config.keep_temp);
        let mut roots = vec![package.clone(), temp.path().to_path_buf()];
        roots.extend(allowed.iter().cloned());
        // The temporary folder as the system names it (its parent may be a symlink).
        let temp_given = temp.path().file_name().map(|name| parent.join(name));
        let given = std::iter::once(&config.package)
            .chain(config.allow.iter())
            .chain(temp_given.iter())
            .filter_map(|dir| absolute(dir))
            .collect();
        Ok(Sandbox {
            package,
            temp,
            allowed,
            roots,
            given,
        })
    }

    /// The project root, symlinks resolved (`/PACKAGE`, `Database folder`).
    pub fn package(&self) -> &Path {
        &self.package
    }

    /// The run's temporary folder (`Temporary folder`); made when a path inside it is first
    /// resolved.
    pub fn temp(&self) -> &Path {
        self.temp.path()
    }

    /// The `--allow-path` folders, symlinks resolved.
    pub fn allowed(&self) -> &[PathBuf] {
        &self.allowed
    }

    /// Every folder the run may use, symlinks resolved.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    /// Keep (or not) the temporary folder when the run ends.
    pub fn keep_temp(&mut self, keep: bool) {
        self.temp.keep(keep);
    }

    /// The folder of a filesystem (`/DATA` is the project's `Data` folder).
    pub fn fs_dir(&self, fs: Filesystem) -> PathBuf {
        let rel = fs.relative();
        if rel.is_empty() {
            self.package.clone()
        } else {
            self.package.join(rel)
        }
    }

    /// The folder of a named place (see `places.rs`).
    pub fn place_dir(&self, place: Place) -> PathBuf {
        let (base, rel) = match place {
            Place::Fs(fs, rel) => (self.fs_dir(fs), rel),
            Place::Temp(rel) => (self.temp().to_path_buf(), rel),
        };
        if rel.is_empty() { base } else { base.join(rel) }
    }

    /// True when `resolved` (symlinks already resolved) is one of the roots or inside one.
    pub fn contains(&self, resolved: &Path) -> bool {
        self.roots.iter().any(|root| resolved.starts_with(root))
    }

    /// True when the text of `path` (absolute, `..` applied without looking at the disk) is
    /// inside a root: the check of a `File`/`Folder` object when it is made. Symlinks are
    /// checked later, by [`Sandbox::resolve`], when the object is used.
    pub fn lexically_inside(&self, path: &Path) -> bool {
        match resolve::lexical(path) {
            Some(p) if p.is_absolute() => self
                .roots
                .iter()
                .chain(self.given.iter())
                .any(|root| p.starts_with(root)),
            _ => false,
        }
    }

    /// The real path of `path`, all symlinks followed, if it is inside the sandbox; otherwise
    /// -45. `shown` is the script's text for the path, used in error messages. The caller must
    /// use the returned path, not `path`.
    pub fn resolve(&self, path: &Path, shown: &str) -> Result<PathBuf, FileError> {
        self.gate(path, shown, true)
    }

    /// Like [`Sandbox::resolve`], but a symlink in the last place is kept: for operations on
    /// the link itself (delete, rename, move, `isAlias`).
    pub fn resolve_link(&self, path: &Path, shown: &str) -> Result<PathBuf, FileError> {
        self.gate(path, shown, false)
    }

    fn gate(&self, path: &Path, shown: &str, follow_last: bool) -> Result<PathBuf, FileError> {
        check_path_text(path, shown)?;
        let real = match resolve::real_path(path, follow_last) {
            Ok(real) => real,
            Err(Unresolved::Relative) => return Err(FileError::bad_name(shown, "not absolute")),
            Err(Unresolved::Loop) => {
                return Err(FileError::bad_name(shown, "too many symbolic links"));
            }
            Err(Unresolved::Io(e)) => return Err(FileError::from_io(shown, &e)),
        };
        check_path_text(&real, shown)?;
        if !self.contains(&real) {
            return Err(FileError::outside(shown));
        }
        if real.starts_with(self.temp.path()) {
            self.temp.ensure().map_err(|e| {
                FileError::io(
                    shown,
                    &std::io::Error::other(format!("temporary folder: {e}")),
                )
            })?;
        }
        Ok(real)
    }
}

/// Refuses a NUL byte, a path longer than [`MAX_PATH_BYTES`] and a name longer than
/// [`MAX_NAME_BYTES`] (-37): the system would refuse them too, less clearly.
pub fn check_path_text(path: &Path, shown: &str) -> Result<(), FileError> {
    let bytes = path.as_os_str().as_encoded_bytes();
    if bytes.contains(&0) {
        return Err(FileError::bad_name(shown, "contains a NUL character"));
    }
    if bytes.len() > MAX_PATH_BYTES {
        return Err(FileError::bad_name(shown, "path too long"));
    }
    if path
        .iter()
        .any(|name| name.as_encoded_bytes().len() > MAX_NAME_BYTES)
    {
        return Err(FileError::bad_name(shown, "name too long"));
    }
    Ok(())
}

/// `dir` with symlinks resolved, if it is an existing folder (-43 otherwise).
fn existing_folder(dir: &Path) -> Result<PathBuf, FileError> {
    let shown = dir.display().to_string();
    let real = fs::canonicalize(dir).map_err(|e| FileError::from_io(&shown, &e))?;
    if real.is_dir() {
        Ok(real)
    } else {
        Err(FileError::folder_not_found(&shown))
    }
}

/// `dir` made absolute against the working folder, `..` applied to the text.
fn absolute(dir: &Path) -> Option<PathBuf> {
    let abs = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(dir)
    };
    resolve::lexical(&abs)
}
