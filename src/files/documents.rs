//! Open documents of the System Documents theme: `Create document`, `Open document`,
//! `Append document`, `CLOSE DOCUMENT`, `Get document position`, `SET DOCUMENT POSITION`,
//! `Get document size`, `SET DOCUMENT SIZE` (pages in `commands-legacy/`). A document
//! reference (DocRef, a Time value in 4D) is a number from 1 up, in opening order, so runs
//! are reproducible. The caller sets `OK` and `Document` from [`Opened`].

use super::charset::Charset;
use super::error::FileError;
use super::info::gone;
use super::space::Files;
use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// `Read and Write` (0, the default), `Write Mode` (1), `Read Mode` (2), `Get Pathname` (3)
/// (`commands-legacy/open-document.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    ReadWrite,
    Write,
    Read,
    GetPathname,
}

impl OpenMode {
    /// The constant's value; -50 for another number.
    pub fn from_code(code: i64) -> Result<OpenMode, FileError> {
        Ok(match code {
            0 => OpenMode::ReadWrite,
            1 => OpenMode::Write,
            2 => OpenMode::Read,
            3 => OpenMode::GetPathname,
            _ => return Err(FileError::parameter(&format!("opening mode {code}"))),
        })
    }

    /// True for the modes that may write (`SEND PACKET`, `SET DOCUMENT SIZE`).
    pub(crate) fn writes(self) -> bool {
        matches!(self, OpenMode::ReadWrite | OpenMode::Write)
    }

    /// True for the modes that may read (`RECEIVE PACKET`).
    pub(crate) fn reads(self) -> bool {
        matches!(self, OpenMode::ReadWrite | OpenMode::Read)
    }
}

/// What `Create document`, `Open document` and `Append document` give back: the DocRef (0 for
/// none), the `Document` system variable (the full pathname), and `OK`. An empty name asks
/// for a dialog; headless, the dialog is cancelled, as tool4d's is: DocRef 0, `OK` 0,
/// `dialog_cancelled` set so the caller can say why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub doc: i64,
    pub document: String,
    pub ok: bool,
    pub dialog_cancelled: bool,
}

impl Opened {
    fn cancelled() -> Opened {
        Opened {
            doc: 0,
            document: String::new(),
            ok: false,
            dialog_cancelled: true,
        }
    }
}

/// One open document.
#[derive(Debug)]
pub(crate) struct Handle {
    pub file: File,
    pub real: PathBuf,
    pub shown: String,
    pub mode: OpenMode,
    /// The charset a BOM at the document's start chose for `RECEIVE PACKET`.
    pub bom_charset: Option<Charset>,
}

/// The open documents, by DocRef.
#[derive(Debug, Default)]
pub(crate) struct Documents {
    open: BTreeMap<i64, Handle>,
    last: i64,
}

impl Documents {
    /// True when a document at the real path `real` is open.
    pub fn is_open(&self, real: &Path) -> bool {
        self.open.values().any(|h| h.real == real)
    }

    fn has_writer(&self, real: &Path) -> bool {
        self.open
            .values()
            .any(|h| h.real == real && h.mode.writes())
    }

    fn add(&mut self, handle: Handle) -> i64 {
        self.last += 1;
        self.open.insert(self.last, handle);
        self.last
    }

    /// The open document `doc`; -51 when there is none.
    pub fn get(&mut self, doc: i64) -> Result<&mut Handle, FileError> {
        self.open
            .get_mut(&doc)
            .ok_or_else(|| FileError::bad_reference(doc))
    }
}

impl Files {
    /// `Create document(document)`: a new empty document (an existing one is overwritten),
    /// open for reading and writing. -47 when it is open, -120 when its folder is missing.
    pub fn create_document(&mut self, path: &str) -> Result<Opened, FileError> {
        if path.is_empty() {
            return Ok(Opened::cancelled());
        }
        let real = self.legacy_real(path)?;
        if self.documents.is_open(&real) {
            return Err(FileError::busy(path));
        }
        if real.is_dir() {
            return Err(FileError::exists(path));
        }
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&real)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => FileError::folder_not_found(path),
                _ => FileError::from_io(path, &e),
            })?;
        Ok(self.register(file, real, path, OpenMode::ReadWrite))
    }

    /// `Open document(document {; fileType} {; mode})` at the start of the document. -43 when
    /// it does not exist, and (as documented) when a second writer opens an open document.
    /// `Get Pathname` opens nothing: DocRef 0, `OK` 1, `Document` set.
    pub fn open_document(&mut self, path: &str, mode: OpenMode) -> Result<Opened, FileError> {
        if path.is_empty() {
            return Ok(Opened::cancelled());
        }
        let real = self.legacy_real(path)?;
        match fs::metadata(&real) {
            Ok(meta) if meta.is_file() => {}
            Ok(_) => return Err(FileError::not_found(path)),
            Err(e) if gone(&e) => return Err(FileError::not_found(path)),
            Err(e) => return Err(FileError::from_io(path, &e)),
        }
        if mode == OpenMode::GetPathname {
            return Ok(Opened {
                doc: 0,
                document: real.display().to_string(),
                ok: true,
                dialog_cancelled: false,
            });
        }
        if mode.writes() && self.documents.has_writer(&real) {
            return Err(FileError::already_open(path));
        }
        let file = OpenOptions::new()
            .read(mode.reads())
            .write(mode.writes())
            .open(&real)
            .map_err(|e| FileError::from_io(path, &e))?;
        Ok(self.register(file, real, path, mode))
    }

    /// `Append document(document)`: as `Open document` in `Read and Write` mode, at the end.
    pub fn append_document(&mut self, path: &str) -> Result<Opened, FileError> {
        let opened = self.open_document(path, OpenMode::ReadWrite)?;
        if opened.doc != 0 {
            let handle = self.documents.get(opened.doc)?;
            let shown = handle.shown.clone();
            handle
                .file
                .seek(SeekFrom::End(0))
                .map_err(|e| FileError::from_io(&shown, &e))?;
        }
        Ok(opened)
    }

    fn register(&mut self, file: File, real: PathBuf, shown: &str, mode: OpenMode) -> Opened {
        let document = real.display().to_string();
        let doc = self.documents.add(Handle {
            file,
            real,
            shown: shown.to_string(),
            mode,
            bom_charset: None,
        });
        Opened {
            doc,
            document,
            ok: true,
            dialog_cancelled: false,
        }
    }

    /// `CLOSE DOCUMENT(docRef)`. Writes go to the system unbuffered, so closing only frees
    /// the reference. -51 for a reference that is not open.
    pub fn close_document(&mut self, doc: i64) -> Result<(), FileError> {
        self.documents
            .open
            .remove(&doc)
            .map(drop)
            .ok_or_else(|| FileError::bad_reference(doc))
    }

    /// Closes every open document (the end of a run).
    pub fn close_all(&mut self) {
        self.documents.open.clear();
    }

    /// The DocRefs of the open documents, in order.
    pub fn open_documents(&self) -> Vec<i64> {
        self.documents.open.keys().copied().collect()
    }

    /// `Get document position(docRef)`: where the next read or write happens, in bytes.
    pub fn document_position(&mut self, doc: i64) -> Result<u64, FileError> {
        let handle = self.documents.get(doc)?;
        let shown = handle.shown.clone();
        handle
            .file
            .stream_position()
            .map_err(|e| FileError::from_io(&shown, &e))
    }

    /// `SET DOCUMENT POSITION(docRef; offset {; anchor})`: anchor 1 (default) from the start,
    /// 2 from the end, 3 from the current position. -40 before the start, -50 for another
    /// anchor.
    pub fn set_document_position(
        &mut self,
        doc: i64,
        offset: i64,
        anchor: i64,
    ) -> Result<(), FileError> {
        let handle = self.documents.get(doc)?;
        let shown = handle.shown.clone();
        let io = |e: std::io::Error| FileError::from_io(&shown, &e);
        let base = match anchor {
            1 => 0,
            2 => handle.file.metadata().map_err(io)?.len(),
            3 => handle.file.stream_position().map_err(io)?,
            _ => return Err(FileError::parameter(&format!("anchor {anchor}"))),
        };
        let target = i64::try_from(base)
            .ok()
            .and_then(|b| b.checked_add(offset))
            .filter(|t| *t >= 0)
            .ok_or_else(FileError::position)?;
        handle
            .file
            .seek(SeekFrom::Start(target.unsigned_abs()))
            .map_err(io)?;
        Ok(())
    }

    /// `Get document size(docRef)`: the open document's size in bytes.
    pub fn open_document_size(&mut self, doc: i64) -> Result<u64, FileError> {
        let handle = self.documents.get(doc)?;
        let shown = handle.shown.clone();
        handle
            .file
            .metadata()
            .map(|m| m.len())
            .map_err(|e| FileError::from_io(&shown, &e))
    }

    /// `SET DOCUMENT SIZE(docRef; size)`: cuts or extends (with zeros) the open document;
    /// -61 for a document opened read-only.
    pub fn set_document_size(&mut self, doc: i64, size: u64) -> Result<(), FileError> {
        let handle = self.documents.get(doc)?;
        if !handle.mode.writes() {
            return Err(FileError::mode(&handle.shown, "writing"));
        }
        let shown = handle.shown.clone();
        handle
            .file
            .set_len(size)
            .map_err(|e| FileError::from_io(&shown, &e))
    }
}
