//! File errors as 4D reports them. 4D's file commands return the classic OS File Manager codes
//! its pages document (`-43` in `commands/test-path-name.md`, `-47`, `-120`, `-45`, `-54` in
//! `commands/delete-folder.md`); the others follow the same table (`-48` duplicate name, `-37`
//! bad name, …). One constructor per failure, so every command reports the same code for the
//! same cause. The interpreter adds the span (and the component signature, see docs/files.md).

use std::fmt;
use std::io;

/// -43: file or folder not found (`commands/test-path-name.md`, `Concepts/error-handling.md`).
pub const ERR_NOT_FOUND: i32 = -43;
/// -120: a folder of the path does not exist (`commands/delete-folder.md`).
pub const ERR_FOLDER_NOT_FOUND: i32 = -120;
/// -47: the file is open, or the folder is not empty (`commands/delete-folder.md`).
pub const ERR_BUSY: i32 = -47;
/// -45: the file is locked or the pathname is not correct (`commands/delete-folder.md`, macOS):
/// fourd's code for a path outside the sandbox.
pub const ERR_DENIED: i32 = -45;
/// -54: attempt to open a locked file for writing (`commands/delete-folder.md`, Windows): the
/// system refused (permission denied).
pub const ERR_LOCKED: i32 = -54;
/// -48: a file or folder with that name already exists (File Manager `dupFNErr`).
pub const ERR_EXISTS: i32 = -48;
/// -37: bad file name or path (File Manager `bdNamErr`).
pub const ERR_BAD_NAME: i32 = -37;
/// -36: any other input/output error (File Manager `ioErr`).
pub const ERR_IO: i32 = -36;
/// -40: a position before the start of the document (File Manager `posErr`).
pub const ERR_POSITION: i32 = -40;
/// -51: not the reference of an open document (File Manager `rfNumErr`).
pub const ERR_BAD_REFERENCE: i32 = -51;
/// -61: the document's opening mode does not allow this (File Manager `wrPermErr`).
pub const ERR_MODE: i32 = -61;
/// -50: an option value out of its documented range (File Manager `paramErr`).
pub const ERR_PARAMETER: i32 = -50;
/// -10512: the character set is not supported (4D's "Database Engine Errors" table).
pub const ERR_CHARSET: i32 = -10512;

/// A file operation's failure: 4D's code, its text, and the path as the script wrote it (or
/// the resolved path when the operation did not know the script's text). Nothing was changed
/// unless the message says so (only `Delete with contents` may stop half-way, as documented).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub code: i32,
    pub message: String,
    pub path: Option<String>,
}

impl FileError {
    fn new(code: i32, message: impl Into<String>, path: Option<&str>) -> FileError {
        FileError {
            code,
            message: message.into(),
            path: path.map(str::to_string),
        }
    }

    /// The same error, naming `path` (the script's own text) instead of what it had.
    pub fn at(mut self, path: &str) -> FileError {
        self.path = Some(path.to_string());
        self
    }

    /// -43.
    pub fn not_found(path: &str) -> FileError {
        FileError::new(ERR_NOT_FOUND, "File not found", Some(path))
    }

    /// -120.
    pub fn folder_not_found(path: &str) -> FileError {
        FileError::new(
            ERR_FOLDER_NOT_FOUND,
            "Tried to access a file by using a pathname that specifies a non existing directory",
            Some(path),
        )
    }

    /// -47 for a folder that must be empty.
    pub fn not_empty(path: &str) -> FileError {
        FileError::new(
            ERR_BUSY,
            "The file is already open, or the folder is not empty",
            Some(path),
        )
    }

    /// -45 for a path that leads outside the folders this run may use.
    pub fn outside(path: &str) -> FileError {
        FileError::new(
            ERR_DENIED,
            "The file is locked or the pathname is not correct (outside the folders this run may use)",
            Some(path),
        )
    }

    /// -54 when the system refuses (permission denied).
    pub fn locked(path: &str) -> FileError {
        FileError::new(
            ERR_LOCKED,
            "Attempt to open locked file for writing",
            Some(path),
        )
    }

    /// -48.
    pub fn exists(path: &str) -> FileError {
        FileError::new(
            ERR_EXISTS,
            "A file or folder with the same name already exists",
            Some(path),
        )
    }

    /// -37 for a name or path 4D's naming rules refuse; `why` says which rule.
    pub fn bad_name(path: &str, why: &str) -> FileError {
        FileError::new(
            ERR_BAD_NAME,
            format!("Bad file name or pathname ({why})"),
            Some(path),
        )
    }

    /// -36, with the system's own words.
    pub fn io(path: &str, error: &io::Error) -> FileError {
        FileError::new(ERR_IO, format!("I/O error ({error})"), Some(path))
    }

    /// -40.
    pub fn position() -> FileError {
        FileError::new(
            ERR_POSITION,
            "Attempt to position mark before the start of the file",
            None,
        )
    }

    /// -47 for a document that is open (`Create document`, `TEXT TO DOCUMENT`, `setText`:
    /// "its contents are locked and an error is generated").
    pub fn busy(path: &str) -> FileError {
        FileError::new(
            ERR_BUSY,
            "The file is already open, or the folder is not empty",
            Some(path),
        )
    }

    /// -43 as `Open document` documents it for a second writer on an open document
    /// (`commands-legacy/open-document.md`).
    pub fn already_open(path: &str) -> FileError {
        FileError::new(
            ERR_NOT_FOUND,
            "The document is already open in read/write mode",
            Some(path),
        )
    }

    /// -51.
    pub fn bad_reference(doc: i64) -> FileError {
        FileError::new(
            ERR_BAD_REFERENCE,
            format!("Invalid document reference number ({doc})"),
            None,
        )
    }

    /// -61: reading a document opened in `Write Mode`, or writing one opened in `Read Mode`.
    pub fn mode(path: &str, action: &str) -> FileError {
        FileError::new(
            ERR_MODE,
            format!("The document's opening mode does not allow {action}"),
            Some(path),
        )
    }

    /// -50 for an option value outside its documented range.
    pub fn parameter(what: &str) -> FileError {
        FileError::new(ERR_PARAMETER, format!("Invalid parameter: {what}"), None)
    }

    /// -10512.
    pub fn charset(name: &str) -> FileError {
        FileError::new(
            ERR_CHARSET,
            format!("The encoding is not supported ({name})"),
            None,
        )
    }

    /// The 4D code for a system error on `path`.
    pub fn from_io(path: &str, error: &io::Error) -> FileError {
        match error.kind() {
            io::ErrorKind::NotFound => FileError::not_found(path),
            io::ErrorKind::AlreadyExists => FileError::exists(path),
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                FileError::locked(path)
            }
            io::ErrorKind::DirectoryNotEmpty => FileError::not_empty(path),
            io::ErrorKind::NotADirectory => FileError::folder_not_found(path),
            io::ErrorKind::InvalidFilename => FileError::bad_name(path, "refused by the system"),
            _ => FileError::io(path, error),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{}: {} ({})", self.message, path, self.code),
            None => write!(f, "{} ({})", self.message, self.code),
        }
    }
}

impl std::error::Error for FileError {}
