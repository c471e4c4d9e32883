//! A file's whole content as text or bytes: `getText`/`setText` (`API/Document.md#gettext`,
//! `API/FileClass.md#settext`), `getContent`/`setContent` (`API/Document.md#getcontent`,
//! `API/FileClass.md#setcontent`), shared with `Document to text` and `TEXT TO DOCUMENT`.

use super::breaks::BreakMode;
use super::charset::{self, Charset, CharsetArg};
use super::entry::Entry;
use super::error::FileError;
use super::info::gone;
use super::space::Files;
use std::fs;
use std::io;
use std::path::Path;

impl Files {
    /// `.getText({charset {; breakMode}})`: the file's text. A BOM in the file chooses the
    /// charset; without one, `charset` or UTF-8. -43 when the file is missing.
    pub fn get_text(
        &self,
        entry: &Entry,
        charset: CharsetArg,
        breaks: BreakMode,
    ) -> Result<String, FileError> {
        let bytes = self.get_content(entry)?;
        let charset = charset.for_reading(Charset::Utf8)?;
        Ok(breaks.apply(&charset::decode(&bytes, charset)))
    }

    /// `.setText(text {; charset {; breakMode}})`: replaces the file's content, making the
    /// file (and the folders above it) when missing. UTF-8 without BOM by default; a Unicode
    /// charset named gets its BOM unless `-no-bom`. -47 when the file is an open document.
    pub fn set_text(
        &self,
        entry: &Entry,
        text: &str,
        charset: CharsetArg,
        breaks: BreakMode,
    ) -> Result<(), FileError> {
        let choice = charset.for_writing()?;
        let bytes = charset::encode(&breaks.apply(text), choice.charset, choice.bom);
        self.set_content(entry, &bytes)
    }

    /// `.getContent()`: the file's bytes (a `4D.Blob`). -43 when the file is missing.
    pub fn get_content(&self, entry: &Entry) -> Result<Vec<u8>, FileError> {
        let real = self.real(entry)?;
        read_file(&real, &entry.path())
    }

    /// `.setContent(blob)`: replaces the file's content with `bytes`, making the file (and
    /// the folders above it) when missing. -47 when the file is an open document.
    pub fn set_content(&self, entry: &Entry, bytes: &[u8]) -> Result<(), FileError> {
        let shown = entry.path();
        let real = self.real(entry)?;
        if let Some(parent) = real.parent() {
            fs::create_dir_all(parent).map_err(|e| FileError::from_io(&shown, &e))?;
        }
        self.write_file(&real, &shown, bytes)
    }

    /// Writes `bytes` as the whole content of the real path `real` (its folder must exist),
    /// refusing an open document (-47) and a folder (-48).
    pub(crate) fn write_file(
        &self,
        real: &Path,
        shown: &str,
        bytes: &[u8],
    ) -> Result<(), FileError> {
        if self.documents.is_open(real) {
            return Err(FileError::busy(shown));
        }
        if real.is_dir() {
            return Err(FileError::exists(shown));
        }
        fs::write(real, bytes).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => FileError::folder_not_found(shown),
            _ => FileError::from_io(shown, &e),
        })
    }
}

/// The bytes of the real path `real`: -43 when missing or a folder.
pub(crate) fn read_file(real: &Path, shown: &str) -> Result<Vec<u8>, FileError> {
    match fs::read(real) {
        Ok(bytes) => Ok(bytes),
        Err(e) if gone(&e) || e.kind() == io::ErrorKind::IsADirectory => {
            Err(FileError::not_found(shown))
        }
        Err(e) => Err(FileError::from_io(shown, &e)),
    }
}
