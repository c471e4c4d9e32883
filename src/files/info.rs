//! What the disk says about a `File` or `Folder` (`API/Document.md`, `API/Directory.md`):
//! `exists`, `size`, `creationDate`/`Time`, `modificationDate`/`Time`, `hidden`, `isAlias`,
//! `isWritable`, `original`, and `GET DOCUMENT PROPERTIES`'s locked flag. Dates are in fourd's
//! zone, UTC, as 4D's date (y/m/d) and time (seconds since midnight) types.

use super::entry::{Entry, Kind};
use super::error::FileError;
use super::location::Location;
use super::sandbox::Sandbox;
use crate::conv::date::Date4D;
use std::fs::{self, Metadata, OpenOptions};
use std::io;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment as 4D's Date and Time values give it: a date and seconds since midnight, in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date4D,
    pub time: i64,
}

impl Stamp {
    /// The null date and 00:00:00: what a missing file has.
    pub const NULL: Stamp = Stamp {
        date: Date4D::NULL,
        time: 0,
    };

    /// A system time, in UTC (fourd's zone).
    pub fn from_system(time: SystemTime) -> Stamp {
        let seconds = match time.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
        };
        Stamp {
            date: Date4D::from_days(seconds.div_euclid(86_400)),
            time: seconds.rem_euclid(86_400),
        }
    }
}

/// The disk's answer for one entry. For a missing entry (or one of the other kind: a `File`
/// object on a folder) `exists` is false, sizes are 0 and stamps null.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub exists: bool,
    /// Bytes (a file's `.size`; 0 for a folder).
    pub size: u64,
    /// The creation stamp; the modification stamp where the file system keeps none.
    pub created: Stamp,
    pub modified: Stamp,
    /// The name starts with `.` (the Unix convention).
    pub hidden: bool,
    /// The entry is a symbolic link (`isAlias`; always false for a `Folder`).
    pub is_alias: bool,
    /// It exists and fourd could write it (`isWritable`).
    pub writable: bool,
    /// Its write permission bits are all off (`GET DOCUMENT PROPERTIES`'s locked).
    pub locked: bool,
}

impl Info {
    const MISSING: Info = Info {
        exists: false,
        size: 0,
        created: Stamp::NULL,
        modified: Stamp::NULL,
        hidden: false,
        is_alias: false,
        writable: false,
        locked: false,
    };
}

/// Everything the disk says about `entry`; -45 when it (or a symlink it is) leads out of the
/// sandbox.
pub fn info(entry: &Entry, sandbox: &Sandbox) -> Result<Info, FileError> {
    let shown = entry.path();
    let host = entry.host(sandbox);
    let link = sandbox.resolve_link(&host, &shown)?;
    let is_alias = entry.is_file() && is_symlink(&link);
    let real = sandbox.resolve(&host, &shown)?;
    let hidden = entry.full_name(sandbox).starts_with('.');
    let meta = match fs::metadata(&real) {
        Ok(meta) => meta,
        Err(e) if gone(&e) => {
            return Ok(Info {
                is_alias,
                hidden,
                ..Info::MISSING
            });
        }
        Err(e) => return Err(FileError::from_io(&shown, &e)),
    };
    let right_kind = match entry.kind {
        Kind::File => meta.is_file(),
        Kind::Folder => meta.is_dir(),
    };
    if !right_kind {
        return Ok(Info {
            is_alias,
            hidden,
            ..Info::MISSING
        });
    }
    Ok(Info {
        exists: true,
        size: if meta.is_file() { meta.len() } else { 0 },
        created: created(&meta),
        modified: meta
            .modified()
            .map(Stamp::from_system)
            .unwrap_or(Stamp::NULL),
        hidden,
        is_alias,
        writable: writable(&real, &meta),
        locked: meta.permissions().readonly(),
    })
}

/// `.exists` (`API/Document.md#exists`): true when it exists and is of its kind.
pub fn exists(entry: &Entry, sandbox: &Sandbox) -> Result<bool, FileError> {
    Ok(info(entry, sandbox)?.exists)
}

/// `.isAlias` (`API/Document.md#isalias`): a symbolic link, whatever it points to (only the
/// link's folder must be in the sandbox). Always false for a folder (`API/Directory.md`).
pub fn is_alias(entry: &Entry, sandbox: &Sandbox) -> Result<bool, FileError> {
    if entry.is_folder() {
        return Ok(false);
    }
    let link = sandbox.resolve_link(&entry.host(sandbox), &entry.path())?;
    Ok(is_symlink(&link))
}

/// `.original` (`API/Document.md#original`): the target of a symbolic link (a file or a
/// folder, by what it is), the entry itself otherwise; -45 for a target out of the sandbox.
pub fn original(entry: &Entry, sandbox: &Sandbox) -> Result<Entry, FileError> {
    if !is_alias(entry, sandbox)? {
        return Ok(entry.clone());
    }
    let real = sandbox.resolve(&entry.host(sandbox), &entry.path())?;
    let loc = Location::system(&real);
    if real.is_dir() {
        Ok(Entry::folder(loc))
    } else {
        Entry::file(loc)
    }
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Not there: missing, or a file where a folder of the path should be.
pub(crate) fn gone(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
    )
}

fn created(meta: &Metadata) -> Stamp {
    meta.created()
        .or_else(|_| meta.modified())
        .map(Stamp::from_system)
        .unwrap_or(Stamp::NULL)
}

/// Whether fourd can write it: a file it can open for appending (which changes nothing), a
/// folder without the read-only bits.
fn writable(real: &Path, meta: &Metadata) -> bool {
    if meta.is_file() {
        OpenOptions::new().append(true).open(real).is_ok()
    } else {
        !meta.permissions().readonly()
    }
}
