//! The path-based commands of the System Documents theme (pages in `commands/`): `Document to
//! text`, `TEXT TO DOCUMENT`, `Test path name`, `CREATE FOLDER`, `DOCUMENT LIST`,
//! `FOLDER LIST`, `DELETE DOCUMENT`, `DELETE FOLDER`, `COPY DOCUMENT`, `MOVE DOCUMENT`,
//! `Get document size`, `GET DOCUMENT PROPERTIES`. Their paths are system paths (POSIX on
//! Linux): absolute, or relative to the database folder; a path ending with `/` designates a
//! folder. Errors name the path as the script wrote it.

use super::breaks::BreakMode;
use super::charset::{self, Charset, CharsetArg};
use super::content::read_file;
use super::copy::{copy_tree, first_conflict};
use super::entry::Entry;
use super::error::FileError;
use super::info::{self, Stamp, gone};
use super::listing::{ListOptions, walk};
use super::location::Location;
use super::objects::DeleteOption;
use super::space::Files;
use std::fs;
use std::path::{Path, PathBuf};

/// `GET DOCUMENT PROPERTIES`'s answers (`commands/get-document-properties.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentProperties {
    pub locked: bool,
    pub invisible: bool,
    pub created: Stamp,
    pub modified: Stamp,
}

/// `DOCUMENT LIST`'s `Absolute path` (2) and `Posix path` (4), beside [`ListOptions`].
const ABSOLUTE_PATH: i64 = 2;
const POSIX_PATH: i64 = 4;

impl Files {
    /// `Document to text(fileName {; charSet {; breakMode}})`. Without a BOM or a charset the
    /// text is read as UTF-8 (the docs name ANSI on Windows and MacRoman on macOS; Linux's
    /// system charset is UTF-8). -43 when the document does not exist.
    pub fn document_to_text(
        &self,
        path: &str,
        charset: CharsetArg,
        breaks: BreakMode,
    ) -> Result<String, FileError> {
        let real = self.legacy_real(path)?;
        let bytes = read_file(&real, path)?;
        let charset = charset.for_reading(Charset::Utf8)?;
        Ok(breaks.apply(&charset::decode(&bytes, charset)))
    }

    /// `TEXT TO DOCUMENT(fileName; text {; charSet {; breakMode}})`: writes the whole document
    /// (UTF-8 without BOM by default). Its folder must exist (-120); -47 when it is open.
    pub fn text_to_document(
        &self,
        path: &str,
        text: &str,
        charset: CharsetArg,
        breaks: BreakMode,
    ) -> Result<(), FileError> {
        let choice = charset.for_writing()?;
        let bytes = charset::encode(&breaks.apply(text), choice.charset, choice.bom);
        let real = self.legacy_real(path)?;
        self.write_file(&real, path, &bytes)
    }

    /// `DOCUMENT TO BLOB(document; blob)`: the document's bytes; -43 when missing, -47 when
    /// it is open ("You must pass the name of an existing document that is not already open").
    pub fn document_to_bytes(&self, path: &str) -> Result<Vec<u8>, FileError> {
        let real = self.legacy_real(path)?;
        if self.documents.is_open(&real) {
            return Err(FileError::busy(path));
        }
        read_file(&real, path)
    }

    /// `BLOB TO DOCUMENT(document; blob)`: the document's whole content becomes `bytes`,
    /// made when missing (its folder must exist); -47 when it is open.
    pub fn bytes_to_document(&self, path: &str, bytes: &[u8]) -> Result<(), FileError> {
        let real = self.legacy_real(path)?;
        self.write_file(&real, path, bytes)
    }

    /// `Test path name(pathname)`: 1 for a document, 0 for a folder, a negative error code
    /// otherwise (-43 when nothing is there, -45 out of the sandbox). Never an error.
    pub fn test_path_name(&self, path: &str) -> i64 {
        let real = match self.legacy_real(path) {
            Ok(real) => real,
            Err(e) => return i64::from(e.code),
        };
        match fs::metadata(&real) {
            Ok(meta) if meta.is_dir() => 0,
            Ok(_) => 1,
            Err(e) if gone(&e) => i64::from(super::error::ERR_NOT_FOUND),
            Err(e) => i64::from(FileError::from_io(path, &e).code),
        }
    }

    /// `CREATE FOLDER(folderPath {; *})`. Without `*`: makes the folder; -120 when a folder
    /// above it is missing, -48 when it exists. With `*`: makes the whole hierarchy, no error
    /// when it exists; the last name is a document's and ignored unless the path ends with `/`.
    pub fn create_folder(&self, path: &str, hierarchy: bool) -> Result<(), FileError> {
        let (host, ends_with_separator) = self.legacy_path(path)?;
        let target = if hierarchy && !ends_with_separator {
            match host.parent() {
                Some(parent) => parent.to_path_buf(),
                None => return Ok(()),
            }
        } else {
            host
        };
        let real = self.sandbox.resolve(&target, path)?;
        let io = |e: std::io::Error| FileError::from_io(path, &e);
        match fs::metadata(&real) {
            Ok(meta) if meta.is_dir() && hierarchy => Ok(()),
            Ok(_) => Err(FileError::exists(path)),
            Err(e) if !gone(&e) => Err(io(e)),
            Err(_) if hierarchy => fs::create_dir_all(&real).map_err(io),
            Err(_) => fs::create_dir(&real).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => FileError::folder_not_found(path),
                _ => io(e),
            }),
        }
    }

    /// `DOCUMENT LIST(pathname; documents {; options})`: the documents' names, sorted;
    /// `Recursive parsing` (1) adds subfolders' documents (relative paths starting with `/`,
    /// or without it with `Posix path` (4)), `Absolute path` (2) gives full paths, `Ignore
    /// invisible` (8) leaves out names starting with `.`. -43 for a folder that is not there.
    pub fn document_list(&self, path: &str, options: i64) -> Result<Vec<String>, FileError> {
        let (host, _) = self.legacy_path(path)?;
        let real = self.folder_real(&host, path)?;
        let found = walk(&real, ListOptions::from_code(options)).map_err(|e| e.at(path))?;
        let absolute = options & ABSOLUTE_PATH != 0;
        let posix = options & POSIX_PATH != 0;
        Ok(found
            .into_iter()
            .filter(|f| f.kind == super::entry::Kind::File)
            .map(|f| {
                let rel = f.rel.join("/");
                if absolute {
                    host.join(rel).display().to_string()
                } else if f.rel.len() > 1 && !posix {
                    format!("/{rel}")
                } else {
                    rel
                }
            })
            .collect())
    }

    /// `FOLDER LIST(pathname; directories)`: the names of the folders in it, sorted. -43 for
    /// a folder that is not there.
    pub fn folder_list(&self, path: &str) -> Result<Vec<String>, FileError> {
        let (host, _) = self.legacy_path(path)?;
        let real = self.folder_real(&host, path)?;
        let found = walk(&real, ListOptions::default()).map_err(|e| e.at(path))?;
        Ok(found
            .into_iter()
            .filter(|f| f.kind == super::entry::Kind::Folder)
            .map(|f| f.rel.join("/"))
            .collect())
    }

    fn folder_real(&self, host: &Path, shown: &str) -> Result<PathBuf, FileError> {
        let real = self.sandbox.resolve(host, shown)?;
        if real.is_dir() {
            Ok(real)
        } else {
            Err(FileError::not_found(shown))
        }
    }

    /// `DELETE DOCUMENT(document)`: -43 when no document is there (a folder is not one). A
    /// symlink is removed itself. The caller sets `OK` to 1, or 0 on an error.
    pub fn delete_document(&self, path: &str) -> Result<(), FileError> {
        let (host, _) = self.legacy_path(path)?;
        let link = self.sandbox.resolve_link(&host, path)?;
        match fs::symlink_metadata(&link) {
            Ok(meta) if !meta.is_dir() => {
                fs::remove_file(&link).map_err(|e| FileError::from_io(path, &e))
            }
            Ok(_) => Err(FileError::not_found(path)),
            Err(e) if gone(&e) => Err(FileError::not_found(path)),
            Err(e) => Err(FileError::from_io(path, &e)),
        }
    }

    /// `DELETE FOLDER(folder {; deleteOption})` (`commands/delete-folder.md`): as
    /// `folder.delete()`.
    pub fn delete_folder(&self, path: &str, option: DeleteOption) -> Result<(), FileError> {
        let folder = self.legacy_entry(path, true)?;
        self.delete(&folder, option).map_err(|e| e.at(path))
    }

    /// `COPY DOCUMENT(sourceName; destinationName {; newName} {; *})`
    /// (`commands/copy-document.md`). A source ending with `/` is a folder, copied into the
    /// destination folder (which must end with `/` and exist), merged with a folder of the
    /// same name there: -48 for the first file already there, unless `overwrite` (checked
    /// before anything is copied). A file is copied into a destination ending with `/`, or to
    /// the destination path; `newName` replaces the name.
    pub fn copy_document(
        &self,
        source: &str,
        destination: &str,
        new_name: Option<&str>,
        overwrite: bool,
    ) -> Result<(), FileError> {
        let (_, source_is_folder) = self.legacy_path(source)?;
        let (dest_host, dest_is_folder) = self.legacy_path(destination)?;
        let new_name = new_name.filter(|n| !n.is_empty());
        if !source_is_folder {
            let file = self.legacy_entry(source, false)?;
            let (folder, name) = if dest_is_folder {
                (dest_host, new_name.map(str::to_string))
            } else {
                let name = new_name.map(str::to_string).or_else(|| {
                    dest_host
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                });
                let folder = dest_host
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or(dest_host);
                (folder, name)
            };
            let folder = Entry::folder(Location::system(&folder));
            self.copy_to(&file, &folder, name.as_deref(), overwrite)
                .map_err(|e| e.at(destination))?;
            return Ok(());
        }
        if !dest_is_folder {
            return Err(FileError::bad_name(
                destination,
                "a folder is copied into a folder path ending with /",
            ));
        }
        let folder = self.legacy_entry(source, true)?;
        let from = self.real(&folder)?;
        if !from.is_dir() {
            return Err(FileError::not_found(source));
        }
        let name = new_name
            .map(str::to_string)
            .unwrap_or_else(|| folder.full_name(&self.sandbox));
        super::location::check_name(&name)?;
        let dest = self.folder_real(&dest_host, destination)?;
        let to = self.sandbox.resolve(&dest.join(&name), destination)?;
        if to.starts_with(&from) {
            return Err(FileError::parameter(
                "a folder cannot be copied into itself",
            ));
        }
        if !overwrite && let Some(_) = first_conflict(&from, &to) {
            return Err(FileError::exists(destination));
        }
        copy_tree(&from, &to, overwrite).map_err(|_| FileError::exists(destination))
    }

    /// `MOVE DOCUMENT(srcPathname; dstPathname)`: moves or renames a document; the
    /// destination's folder must exist (-120), its name must be free (-48).
    pub fn move_document(&self, source: &str, destination: &str) -> Result<(), FileError> {
        let file = self.legacy_entry(source, false)?;
        let (dest_host, dest_is_folder) = self.legacy_path(destination)?;
        let (folder, name) = if dest_is_folder {
            (dest_host, None)
        } else {
            let name = dest_host
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            let folder = dest_host
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or(dest_host);
            (folder, name)
        };
        let folder = Entry::folder(Location::system(&folder));
        self.move_to(&file, &folder, name.as_deref())
            .map(drop)
            .map_err(|e| e.at(destination))
    }

    /// `Get document size(document)` for a document given by name: its size in bytes; -43
    /// when it is not there.
    pub fn document_size(&self, path: &str) -> Result<u64, FileError> {
        let real = self.legacy_real(path)?;
        match fs::metadata(&real) {
            Ok(meta) if meta.is_file() => Ok(meta.len()),
            Ok(_) => Err(FileError::not_found(path)),
            Err(e) => Err(FileError::from_io(path, &e)),
        }
    }

    /// `GET DOCUMENT PROPERTIES(document; locked; invisible; created on; created at;
    /// modified on; modified at)`; -43 when the document is not there.
    pub fn document_properties(&self, path: &str) -> Result<DocumentProperties, FileError> {
        let entry = self.legacy_entry(path, false)?;
        let info = info::info(&entry, &self.sandbox).map_err(|e| e.at(path))?;
        if !info.exists {
            return Err(FileError::not_found(path));
        }
        Ok(DocumentProperties {
            locked: info.locked,
            invisible: info.hidden,
            created: info.created,
            modified: info.modified,
        })
    }

    /// A legacy path as a `File` or `Folder` object, for sharing the object functions.
    fn legacy_entry(&self, path: &str, folder: bool) -> Result<Entry, FileError> {
        let (host, _) = self.legacy_path(path)?;
        let loc = Location::system(&host);
        if folder {
            Ok(Entry::folder(loc))
        } else {
            Entry::file(loc).map_err(|e| e.at(path))
        }
    }
}
