//! The functions of `4D.File` and `4D.Folder` that change the disk (`API/FileClass.md`,
//! `API/FolderClass.md`, `API/Document.md`, `API/Directory.md`): `create`, `delete`,
//! `copyTo`, `moveTo`, `rename`. Each resolves its paths through the sandbox first and works
//! on the resolved paths only. A sandbox root is never deleted, moved or renamed (-45).

use super::copy::{CopyError, copy_tree};
use super::entry::{Entry, Kind};
use super::error::FileError;
use super::info::gone;
use super::location::check_name;
use super::space::Files;
use std::fs::{self, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// `Delete only if empty` (0) or `Delete with contents` (1) (`API/FolderClass.md#delete`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteOption {
    OnlyIfEmpty,
    WithContents,
}

impl DeleteOption {
    /// The constant's value; -50 for another number.
    pub fn from_code(code: i64) -> Result<DeleteOption, FileError> {
        match code {
            0 => Ok(DeleteOption::OnlyIfEmpty),
            1 => Ok(DeleteOption::WithContents),
            _ => Err(FileError::parameter(&format!("delete option {code}"))),
        }
    }
}

impl Files {
    /// `.create()`: makes the file (empty) or folder and the folders above it; false when it
    /// already exists (`API/FileClass.md#create`, `API/FolderClass.md#create`). A folder where
    /// a file is wanted, or the reverse, is -48.
    pub fn create(&self, entry: &Entry) -> Result<bool, FileError> {
        let shown = entry.path();
        let real = self.real(entry)?;
        match fs::metadata(&real) {
            Ok(meta) if meta.is_dir() == entry.is_folder() => return Ok(false),
            Ok(_) => return Err(FileError::exists(&shown)),
            Err(e) if gone(&e) => {}
            Err(e) => return Err(FileError::from_io(&shown, &e)),
        }
        let io = |e: io::Error| FileError::from_io(&shown, &e);
        match entry.kind {
            Kind::Folder => fs::create_dir_all(&real).map_err(io)?,
            Kind::File => {
                if let Some(parent) = real.parent() {
                    fs::create_dir_all(parent).map_err(io)?;
                }
                OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&real)
                    .map_err(io)?;
            }
        }
        Ok(true)
    }

    /// `.delete()`. A file: removed if it is there (a symlink itself, not its target). A
    /// folder: with [`DeleteOption::OnlyIfEmpty`], -47 when not empty and -120 when missing;
    /// with [`DeleteOption::WithContents`], removed with all it holds, nothing when missing
    /// (`API/FolderClass.md#delete`). Symlinks inside are removed, never followed.
    pub fn delete(&self, entry: &Entry, option: DeleteOption) -> Result<(), FileError> {
        let shown = entry.path();
        let link = self.real_link(entry)?;
        if self.is_root(&link) {
            return Err(FileError::outside(&shown));
        }
        let io = |e: io::Error| FileError::from_io(&shown, &e);
        let meta = match fs::symlink_metadata(&link) {
            Ok(meta) => meta,
            Err(e) if gone(&e) => {
                return match (entry.kind, option) {
                    (Kind::Folder, DeleteOption::OnlyIfEmpty) => {
                        Err(FileError::folder_not_found(&shown))
                    }
                    _ => Ok(()),
                };
            }
            Err(e) => return Err(io(e)),
        };
        match entry.kind {
            Kind::File if meta.is_dir() => Ok(()),
            Kind::File => fs::remove_file(&link).map_err(io),
            Kind::Folder if meta.file_type().is_symlink() => fs::remove_file(&link).map_err(io),
            Kind::Folder if !meta.is_dir() => match option {
                DeleteOption::OnlyIfEmpty => Err(FileError::folder_not_found(&shown)),
                DeleteOption::WithContents => Ok(()),
            },
            Kind::Folder => match option {
                DeleteOption::OnlyIfEmpty => {
                    if fs::read_dir(&link).map_err(io)?.next().is_some() {
                        return Err(FileError::not_empty(&shown));
                    }
                    fs::remove_dir(&link).map_err(io)
                }
                DeleteOption::WithContents => fs::remove_dir_all(&link).map_err(io),
            },
        }
    }

    /// `.copyTo(destinationFolder {; newName} {; overwrite})` (`API/Document.md#copyto`,
    /// `API/Directory.md#copyto`): the copy, named `new_name` or as the original. The
    /// destination must exist (-120); a name taken is -48 unless `overwrite` (a folder is then
    /// merged into, its files replaced).
    pub fn copy_to(
        &self,
        entry: &Entry,
        destination: &Entry,
        new_name: Option<&str>,
        overwrite: bool,
    ) -> Result<Entry, FileError> {
        let shown = entry.path();
        let source = self.real(entry)?;
        let (name, target) = self.target_in(entry, destination, new_name)?;
        let copied = destination.named(&name, entry.kind);
        let target = self.sandbox.resolve(&target, &copied.path())?;
        let source_meta = fs::metadata(&source).map_err(|e| FileError::from_io(&shown, &e))?;
        if source_meta.is_dir() != entry.is_folder() {
            return Err(FileError::not_found(&shown));
        }
        let taken = fs::symlink_metadata(&target).is_ok();
        if taken
            && (!overwrite || fs::metadata(&target).is_ok_and(|m| m.is_dir()) != entry.is_folder())
        {
            return Err(FileError::exists(&copied.path()));
        }
        match entry.kind {
            Kind::File => {
                if target != source {
                    fs::copy(&source, &target).map_err(|e| FileError::from_io(&shown, &e))?;
                }
            }
            Kind::Folder => {
                if target.starts_with(&source) {
                    return Err(FileError::parameter(
                        "a folder cannot be copied into itself",
                    ));
                }
                copy_tree(&source, &target, overwrite)
                    .map_err(|e| copy_error(e, &copied.path()))?;
            }
        }
        Ok(copied)
    }

    /// `.moveTo(destinationFolder {; newName})` (`API/FileClass.md#moveto`,
    /// `API/FolderClass.md#moveto`): the moved object. The destination must exist (-120); a
    /// name taken is -48. A symlink is moved itself.
    pub fn move_to(
        &self,
        entry: &Entry,
        destination: &Entry,
        new_name: Option<&str>,
    ) -> Result<Entry, FileError> {
        let (name, target) = self.target_in(entry, destination, new_name)?;
        let moved = destination.named(&name, entry.kind);
        self.move_link(entry, &target, &moved.path())?;
        Ok(moved)
    }

    /// `.rename(newName)` (`API/FileClass.md#rename`): the renamed object, in the same folder;
    /// -48 when the name is taken.
    pub fn rename(&self, entry: &Entry, new_name: &str) -> Result<Entry, FileError> {
        check_name(new_name)?;
        let Some(parent) = entry.parent(&self.sandbox) else {
            return Err(FileError::outside(&entry.path()));
        };
        let link = self.real_link(entry)?;
        let Some(folder) = link.parent() else {
            return Err(FileError::outside(&entry.path()));
        };
        let renamed = parent.named(new_name, entry.kind);
        self.move_link(entry, &folder.join(new_name), &renamed.path())?;
        Ok(renamed)
    }

    /// The name of a copy or move and its place in `destination` (resolved, must be a folder).
    fn target_in(
        &self,
        entry: &Entry,
        destination: &Entry,
        new_name: Option<&str>,
    ) -> Result<(String, PathBuf), FileError> {
        let name = match new_name {
            Some(name) if !name.is_empty() => name.to_string(),
            _ => entry.full_name(&self.sandbox),
        };
        check_name(&name)?;
        let dest = self.real(destination)?;
        if !dest.is_dir() {
            return Err(FileError::folder_not_found(&destination.path()));
        }
        Ok((name.clone(), dest.join(name)))
    }

    /// Moves the object (a symlink itself) to `target`, a new name in a real folder;
    /// `target_shown` is the target's 4D path, for messages.
    fn move_link(&self, entry: &Entry, target: &Path, target_shown: &str) -> Result<(), FileError> {
        let shown = entry.path();
        let link = self.real_link(entry)?;
        if self.is_root(&link) {
            return Err(FileError::outside(&shown));
        }
        let target = self.sandbox.resolve_link(target, &shown)?;
        let meta = fs::symlink_metadata(&link).map_err(|e| FileError::from_io(&shown, &e))?;
        let is_folder = meta.is_dir();
        if !meta.file_type().is_symlink() && is_folder != entry.is_folder() {
            return Err(FileError::not_found(&shown));
        }
        if fs::symlink_metadata(&target).is_ok() {
            return Err(FileError::exists(target_shown));
        }
        if is_folder && target.starts_with(&link) {
            return Err(FileError::parameter("a folder cannot be moved into itself"));
        }
        match fs::rename(&link, &target) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::CrossesDevices => {
                // Another file system (the temporary folder on tmpfs): copy, then remove.
                if is_folder {
                    copy_tree(&link, &target, false).map_err(|e| copy_error(e, target_shown))?;
                    fs::remove_dir_all(&link)
                } else {
                    fs::copy(&link, &target).and_then(|_| fs::remove_file(&link))
                }
                .map_err(|e| FileError::from_io(&shown, &e))
            }
            Err(e) => Err(FileError::from_io(&shown, &e)),
        }
    }
}

/// A copy's failure, naming the copy's 4D path (`shown`).
fn copy_error(error: CopyError, shown: &str) -> FileError {
    match error {
        CopyError::Exists => FileError::exists(shown),
        CopyError::Io(e) => FileError::from_io(shown, &e),
    }
}
