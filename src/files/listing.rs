//! What a folder holds: `folder.files()` and `folder.folders()` with `fk recursive` and
//! `fk ignore invisible` (`API/Directory.md#files`), and the lists of `DOCUMENT LIST` and
//! `FOLDER LIST`. Names are sorted (byte order) so that a run is reproducible; a symlink is
//! listed as a file and never followed ("Aliases or symbolic links are not resolved"), so a
//! listing cannot leave the sandbox or loop.

use super::entry::{Entry, Kind};
use super::error::FileError;
use super::space::Files;
use std::fs;
use std::path::Path;

/// `fk recursive` (1) and `fk ignore invisible` (8); `Recursive parsing` and `Ignore
/// invisible` of `DOCUMENT LIST` have the same values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListOptions {
    pub recursive: bool,
    pub ignore_invisible: bool,
}

impl ListOptions {
    /// From the sum of the constants (other bits are ignored).
    pub fn from_code(code: i64) -> ListOptions {
        ListOptions {
            recursive: code & 1 != 0,
            ignore_invisible: code & 8 != 0,
        }
    }
}

/// One thing found in a folder: its names below the listed folder, and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub rel: Vec<String>,
    pub kind: Kind,
}

impl Files {
    /// `.files(options)`: the files of the folder (and of its subfolders when recursive): in
    /// each folder its files by name, then its subfolders' by name. Empty for a folder that
    /// does not exist.
    pub fn files(&self, folder: &Entry, options: ListOptions) -> Result<Vec<Entry>, FileError> {
        self.entries(folder, options, Kind::File)
    }

    /// `.folders(options)`: the subfolders (all levels when recursive, each before its own).
    pub fn folders(&self, folder: &Entry, options: ListOptions) -> Result<Vec<Entry>, FileError> {
        self.entries(folder, options, Kind::Folder)
    }

    fn entries(
        &self,
        folder: &Entry,
        options: ListOptions,
        kind: Kind,
    ) -> Result<Vec<Entry>, FileError> {
        let real = self.real(folder)?;
        if !real.is_dir() {
            return Ok(Vec::new());
        }
        let found = walk(&real, options).map_err(|e| e.at(&folder.path()))?;
        Ok(found
            .into_iter()
            .filter(|f| f.kind == kind)
            .map(|f| {
                let mut entry = folder.clone();
                entry.loc.parts.extend(f.rel);
                entry.kind = kind;
                entry
            })
            .collect())
    }
}

/// Everything in the real folder `dir`, as [`Files::files`] orders it: in each folder its
/// files, then for each subfolder the subfolder and what it holds.
pub fn walk(dir: &Path, options: ListOptions) -> Result<Vec<Found>, FileError> {
    let mut out = Vec::new();
    walk_into(dir, &[], options, &mut out)?;
    Ok(out)
}

fn walk_into(
    dir: &Path,
    prefix: &[String],
    options: ListOptions,
    out: &mut Vec<Found>,
) -> Result<(), FileError> {
    // The recursion is as deep as real folders nest (symlinks are not followed), and a path
    // longer than the system's limit fails to list: at most about 2,000 levels.
    let shown = dir.display().to_string();
    let mut children: Vec<(String, bool)> = Vec::new();
    for child in fs::read_dir(dir).map_err(|e| FileError::from_io(&shown, &e))? {
        let child = child.map_err(|e| FileError::from_io(&shown, &e))?;
        let name = child.file_name().to_string_lossy().into_owned();
        if options.ignore_invisible && name.starts_with('.') {
            continue;
        }
        let is_dir = child.file_type().is_ok_and(|t| t.is_dir());
        children.push((name, is_dir));
    }
    children.sort();
    let named = |name: &str| {
        let mut rel = prefix.to_vec();
        rel.push(name.to_string());
        rel
    };
    for (name, _) in children.iter().filter(|(_, is_dir)| !is_dir) {
        out.push(Found {
            rel: named(name),
            kind: Kind::File,
        });
    }
    for (name, _) in children.iter().filter(|(_, is_dir)| *is_dir) {
        let rel = named(name);
        out.push(Found {
            rel: rel.clone(),
            kind: Kind::Folder,
        });
        if options.recursive {
            walk_into(&dir.join(name), &rel, options, out)?;
        }
    }
    Ok(())
}
