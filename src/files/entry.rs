//! `File` and `Folder` objects as plain values (`API/FileClass.md`, `API/FolderClass.md`): a
//! kind and a [`Location`]. Making one, and its path properties (`name`, `extension`,
//! `fullName`, `path`, `platformPath`, `parent`, `file()`, `folder()`), never touch the disk;
//! `info.rs` and `objects.rs` do, through the sandbox.

use super::error::FileError;
use super::location::Location;
use super::places::{self, Place};
use super::sandbox::Sandbox;
use std::path::PathBuf;

/// A file or a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    File,
    Folder,
}

/// `fk posix path` (0, the default) or `fk platform path` (1) (`commands/folder.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSyntax {
    Posix,
    Platform,
}

impl PathSyntax {
    /// The constant's value; -50 for another number.
    pub fn from_code(code: i64) -> Result<PathSyntax, FileError> {
        match code {
            0 => Ok(PathSyntax::Posix),
            1 => Ok(PathSyntax::Platform),
            _ => Err(FileError::parameter(&format!("path type {code}"))),
        }
    }
}

/// A `4D.File` or `4D.Folder` object: what it designates, which may not exist.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Entry {
    pub kind: Kind,
    pub loc: Location,
}

impl Entry {
    /// A file at `loc`; a filesystem's root or the system root is a folder (-37).
    pub fn file(loc: Location) -> Result<Entry, FileError> {
        if loc.parts.is_empty() {
            return Err(FileError::bad_name(
                &loc.posix(true),
                "a folder, not a file",
            ));
        }
        Ok(Entry {
            kind: Kind::File,
            loc,
        })
    }

    /// A folder at `loc`.
    pub fn folder(loc: Location) -> Entry {
        Entry {
            kind: Kind::Folder,
            loc,
        }
    }

    /// `File(path {; pathType})` (`API/FileClass.md#file`).
    pub fn new_file(text: &str, syntax: PathSyntax, sandbox: &Sandbox) -> Result<Entry, FileError> {
        Entry::file(parse(text, syntax, sandbox)?)
    }

    /// `Folder(path {; pathType})` (`commands/folder.md`).
    pub fn new_folder(
        text: &str,
        syntax: PathSyntax,
        sandbox: &Sandbox,
    ) -> Result<Entry, FileError> {
        Ok(Entry::folder(parse(text, syntax, sandbox)?))
    }

    /// `Folder(folderConstant)` (`commands/folder.md`); `None` for an unknown constant.
    pub fn folder_constant(value: i64, sandbox: &Sandbox) -> Option<Entry> {
        places::folder_constant(value).map(|place| Entry::folder(place_location(place, sandbox)))
    }

    /// The folder of a system path (e.g. the temporary folder), as a `Folder` object.
    pub fn system_folder(path: PathBuf) -> Entry {
        Entry::folder(Location::system(&path))
    }

    /// `.isFile` (`API/Document.md#isfile`).
    pub fn is_file(&self) -> bool {
        self.kind == Kind::File
    }

    /// `.isFolder` (`API/Directory.md#isfolder`).
    pub fn is_folder(&self) -> bool {
        self.kind == Kind::Folder
    }

    /// `.path`: the POSIX path, with its filesystem (`/DATA/a.txt`); a folder's ends with `/`.
    pub fn path(&self) -> String {
        self.loc.posix(self.is_folder())
    }

    /// `.platformPath`: the system path (POSIX on Linux); a folder's ends with `/`.
    pub fn platform_path(&self, sandbox: &Sandbox) -> String {
        self.loc.platform(self.is_folder(), sandbox)
    }

    /// `.fullName`: the name with its extension.
    pub fn full_name(&self, sandbox: &Sandbox) -> String {
        self.loc.last_name(sandbox)
    }

    /// `.name`: the name without its extension.
    pub fn name(&self, sandbox: &Sandbox) -> String {
        split_name(&self.full_name(sandbox)).0.to_string()
    }

    /// `.extension`: from the last `.` (included), or empty.
    pub fn extension(&self, sandbox: &Sandbox) -> String {
        split_name(&self.full_name(sandbox)).1.to_string()
    }

    /// `.parent` (`API/Document.md#parent`): the folder holding it; `None` (null) above the
    /// project folder or out of the sandbox.
    pub fn parent(&self, sandbox: &Sandbox) -> Option<Entry> {
        self.loc.parent(sandbox).map(Entry::folder)
    }

    /// `folder.file(path)` (`API/Directory.md#file`); -37 for a file, whose children are none.
    pub fn child_file(&self, rel: &str, sandbox: &Sandbox) -> Result<Entry, FileError> {
        Entry::file(self.child(rel, sandbox)?)
    }

    /// `folder.folder(path)` (`API/Directory.md#folder`).
    pub fn child_folder(&self, rel: &str, sandbox: &Sandbox) -> Result<Entry, FileError> {
        Ok(Entry::folder(self.child(rel, sandbox)?))
    }

    fn child(&self, rel: &str, sandbox: &Sandbox) -> Result<Location, FileError> {
        if self.is_file() {
            return Err(FileError::bad_name(&self.path(), "a file has no children"));
        }
        self.loc.join(rel, sandbox)
    }

    /// The entry named `name` in this folder (no parsing: `name` is one name).
    pub fn named(&self, name: &str, kind: Kind) -> Entry {
        let mut loc = self.loc.clone();
        loc.parts.push(name.to_string());
        Entry { kind, loc }
    }

    /// The system path, not resolved (the sandbox resolves it before use).
    pub fn host(&self, sandbox: &Sandbox) -> PathBuf {
        self.loc.host_path(sandbox)
    }
}

/// The location of a named place.
pub fn place_location(place: Place, sandbox: &Sandbox) -> Location {
    match place {
        Place::Fs(fs, rel) => {
            let mut loc = Location::filesystem(fs);
            loc.parts = rel
                .split('/')
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect();
            loc
        }
        Place::Temp(_) => Location::system(&sandbox.place_dir(place)),
    }
}

fn parse(text: &str, syntax: PathSyntax, sandbox: &Sandbox) -> Result<Location, FileError> {
    match syntax {
        PathSyntax::Posix => Location::parse_posix(text, sandbox),
        PathSyntax::Platform => Location::parse_platform(text, sandbox),
    }
}

/// A full name split at its last `.`: `("archive.tar", ".gz")`. A name starting with its
/// only `.` (`.gitignore`) has no extension; neither has one ending with `.`.
pub fn split_name(full: &str) -> (&str, &str) {
    match full.rfind('.') {
        Some(0) | None => (full, ""),
        Some(i) if i + 1 == full.len() => (full, ""),
        Some(i) => full.split_at(i),
    }
}
