//! Where a `File` or `Folder` object points, as 4D's paths say it (`Concepts/paths.md`): a
//! filesystem (`/PACKAGE`, `/DATA`, …) and the names below it, or an absolute path of the
//! system. Paths are read as text here (no disk access); `..` may not climb above a
//! filesystem, and a system path must lie, as text, inside the sandbox. Symlinks are the
//! sandbox's business when the object is used.

use super::error::FileError;
use super::places::Filesystem;
use super::sandbox::{MAX_NAME_BYTES, MAX_PATH_BYTES, Sandbox};
use std::path::{Component, Path, PathBuf};

/// A place named by a path: `fs` and `parts` (`/DATA/a/b` is `Data` and `["a", "b"]`), or, with
/// `fs` `None`, an absolute system path split into names. No part is empty, `.` or `..`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    pub fs: Option<Filesystem>,
    pub parts: Vec<String>,
}

impl Location {
    /// The root folder of a filesystem.
    pub fn filesystem(fs: Filesystem) -> Location {
        Location {
            fs: Some(fs),
            parts: Vec::new(),
        }
    }

    /// An absolute system path, as it is (its `..` applied as text).
    pub fn system(path: &Path) -> Location {
        let mut parts: Vec<String> = Vec::new();
        for c in path.components() {
            match c {
                Component::Normal(name) => parts.push(name.to_string_lossy().into_owned()),
                Component::ParentDir => {
                    parts.pop();
                }
                Component::RootDir | Component::Prefix(_) | Component::CurDir => {}
            }
        }
        Location { fs: None, parts }
    }

    /// A path in POSIX syntax (`fk posix path`, the default of `File` and `Folder`): absolute,
    /// starting with a filesystem or naming a folder of the sandbox.
    pub fn parse_posix(text: &str, sandbox: &Sandbox) -> Result<Location, FileError> {
        check_text(text)?;
        let Some(rest) = text.strip_prefix('/') else {
            return Err(FileError::bad_name(text, "not an absolute path"));
        };
        let mut names = rest.split('/').filter(|n| !n.is_empty() && *n != ".");
        let first = names.clone().next();
        if let Some(fs) = first.and_then(Filesystem::from_name) {
            names.next();
            let mut loc = Location::filesystem(fs);
            loc.descend(text, names)?;
            return Ok(loc);
        }
        Location::parse_system(text, sandbox)
    }

    /// A path in the platform's syntax (`fk platform path`). fourd runs as tool4d does on
    /// Linux: the platform syntax is POSIX, without 4D's filesystems.
    pub fn parse_platform(text: &str, sandbox: &Sandbox) -> Result<Location, FileError> {
        check_text(text)?;
        if !text.starts_with('/') {
            return Err(FileError::bad_name(text, "not an absolute path"));
        }
        Location::parse_system(text, sandbox)
    }

    fn parse_system(text: &str, sandbox: &Sandbox) -> Result<Location, FileError> {
        let loc = Location::system(Path::new(text));
        if sandbox.lexically_inside(&loc.host_path(sandbox)) {
            Ok(loc)
        } else {
            Err(FileError::outside(text))
        }
    }

    /// `folder.file(rel)` and `folder.folder(rel)` (`API/Directory.md`): a relative POSIX path
    /// below this folder. `..` may climb, but not above a filesystem's root nor out of the
    /// sandbox.
    pub fn join(&self, rel: &str, sandbox: &Sandbox) -> Result<Location, FileError> {
        check_text(rel)?;
        if rel.starts_with('/') {
            return Err(FileError::bad_name(
                rel,
                "an absolute path where a relative one is expected",
            ));
        }
        let names: Vec<&str> = rel
            .split('/')
            .filter(|n| !n.is_empty() && *n != ".")
            .collect();
        if names.is_empty() {
            return Err(FileError::bad_name(rel, "empty path"));
        }
        let mut loc = self.clone();
        loc.descend(rel, names.into_iter())?;
        if loc.fs.is_none() && !sandbox.lexically_inside(&loc.host_path(sandbox)) {
            return Err(FileError::outside(rel));
        }
        Ok(loc)
    }

    /// Appends `names`, applying `..`; climbing above a filesystem's root is refused (-45).
    fn descend<'a>(
        &mut self,
        shown: &str,
        names: impl Iterator<Item = &'a str>,
    ) -> Result<(), FileError> {
        for name in names {
            if name == ".." {
                if self.parts.pop().is_none() && self.fs.is_some() {
                    return Err(FileError::outside(shown));
                }
            } else {
                self.parts.push(name.to_string());
            }
        }
        Ok(())
    }

    /// The folder holding this place: the filesystem holding a filesystem's root (`/SOURCES/`
    /// is in `/PROJECT/`), `None` above `/PACKAGE/` or out of the sandbox.
    pub fn parent(&self, sandbox: &Sandbox) -> Option<Location> {
        let mut loc = self.clone();
        if loc.parts.pop().is_some() {
            if loc.fs.is_none() && !sandbox.lexically_inside(&loc.host_path(sandbox)) {
                return None;
            }
            return Some(loc);
        }
        let parent = loc.fs?.parent()?;
        Some(Location::filesystem(parent))
    }

    /// The system path (not resolved: the sandbox resolves it before use).
    pub fn host_path(&self, sandbox: &Sandbox) -> PathBuf {
        let mut path = match self.fs {
            Some(fs) => sandbox.fs_dir(fs),
            None => PathBuf::from("/"),
        };
        path.extend(&self.parts);
        path
    }

    /// The POSIX path 4D shows (`.path`): `/DATA/a/b.txt`, `/DATA/a/` for a folder.
    pub fn posix(&self, folder: bool) -> String {
        let mut text = String::new();
        if let Some(fs) = self.fs {
            text.push('/');
            text.push_str(fs.name());
        }
        for part in &self.parts {
            text.push('/');
            text.push_str(part);
        }
        if folder || text.is_empty() {
            text.push('/');
        }
        text
    }

    /// The platform path 4D shows (`.platformPath`): the system path, `/` ending a folder.
    pub fn platform(&self, folder: bool, sandbox: &Sandbox) -> String {
        let mut text = self.host_path(sandbox).display().to_string();
        if folder && !text.ends_with('/') {
            text.push('/');
        }
        text
    }

    /// The last name: the folder's own name for a filesystem's root (`/PACKAGE/` is named
    /// after the project folder).
    pub fn last_name(&self, sandbox: &Sandbox) -> String {
        match self.parts.last() {
            Some(name) => name.clone(),
            None => self
                .host_path(sandbox)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }
}

/// Refuses NUL, an over-long path or name (-37) before any parsing.
fn check_text(text: &str) -> Result<(), FileError> {
    if text.contains('\0') {
        return Err(FileError::bad_name(text, "contains a NUL character"));
    }
    if text.len() > MAX_PATH_BYTES {
        return Err(FileError::bad_name(text, "path too long"));
    }
    if text.split('/').any(|name| name.len() > MAX_NAME_BYTES) {
        return Err(FileError::bad_name(text, "name too long"));
    }
    Ok(())
}

/// A new name for `copyTo`, `moveTo`, `rename` (`API/FileClass.md`: "must not contain
/// characters such as ":", "/""), -37 otherwise.
pub fn check_name(name: &str) -> Result<(), FileError> {
    let why = if name.is_empty() {
        "empty name"
    } else if name == "." || name == ".." {
        "not a name"
    } else if name.contains('/') || name.contains(':') {
        "contains / or :"
    } else if name.contains('\0') {
        "contains a NUL character"
    } else if name.len() > MAX_NAME_BYTES {
        "name too long"
    } else {
        return Ok(());
    };
    Err(FileError::bad_name(name, why))
}
