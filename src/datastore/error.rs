//! The datastore's error value: a 4D error code, the component signature, a message and,
//! for errors about a text (a catalog, a fixtures file, a query string), the byte range at
//! fault. Every failed operation returns one and changes nothing.

use std::fmt;
use std::ops::Range;

/// -9998, "Duplicated index key": a unique field would hold a value twice (4D Plugin API,
/// developer.4d.com/4D-Plugin-SDK, database engine error list `eER_DuplicateKeyIndex`).
pub const ERR_DUPLICATED_KEY: i32 = -9998;
/// -9987, "Other records are related to this record" (same list, `eER_RelatedRecords`):
/// a delete refused by a relation's "cannot delete if related records" rule.
pub const ERR_RELATED_RECORDS: i32 = -9987;
/// -10003, "Record is out of range" (same list, `eER_RecOutOfRange`): a record number that
/// names no record of the table (deleted or never created).
pub const ERR_RECORD_OUT_OF_RANGE: i32 = -10003;
/// -9989, "Invalid structure" (same list, `eER_InvalidStruture`): a malformed catalog.
pub const ERR_INVALID_STRUCTURE: i32 = -9989;
/// 1278, "Formula not allowed in this member method" (`docs/API/DataClassClass.md`,
/// querySettings.allowFormulas).
pub const ERR_FORMULA_NOT_ALLOWED: i32 = 1278;
/// 1626, "Expecting a text or formula" (`docs/API/DataClassClass.md`, formula parameter).
pub const ERR_EXPECTING_TEXT_OR_FORMULA: i32 = 1626;

// The codes below are not numbered in 4D's documentation; fourd chooses them and
// `docs/datastore.md` lists them as its own.

/// A null value saved into a field with "Reject NULL value input" (`not_null`).
pub const ERR_NULL_REJECTED: i32 = -10901;
/// A text longer than an Alpha field's `limiting_length`.
pub const ERR_TEXT_TOO_LONG: i32 = -10902;
/// A value that does not fit the field's type (text into a number field…).
pub const ERR_WRONG_TYPE: i32 = -10903;
/// The record is locked by another process (classic commands ignore it; ORDA reports
/// `dk status locked`, 3).
pub const ERR_LOCKED: i32 = -10904;
/// The record's stamp changed since it was loaded (ORDA `dk status stamp has changed`, 2).
pub const ERR_STAMP_CHANGED: i32 = -10905;
/// A query string that does not parse, or names an unknown attribute.
pub const ERR_QUERY_SYNTAX: i32 = -10906;
/// A transaction command with no transaction to end.
pub const ERR_NO_TRANSACTION: i32 = -10907;
/// A fixtures file that does not match the structure.
pub const ERR_BAD_FIXTURES: i32 = -10908;
/// A field of an unrelated table in a query or an order.
pub const ERR_UNRELATED_FIELD: i32 = -10909;

/// The ORDA status a save, drop or lock failure maps to (`docs/API/EntityClass.md`,
/// "status and statusText").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrdaStatus {
    /// 2, "Stamp has changed".
    StampHasChanged,
    /// 3, "Already locked".
    Locked,
    /// 4, "Other error" (a duplicated key, a rejected null…).
    SeriousError,
    /// 5, "Entity does not exist anymore".
    EntityDoesNotExist,
}

impl OrdaStatus {
    /// The `status` number of the result object.
    pub fn code(self) -> i32 {
        match self {
            OrdaStatus::StampHasChanged => 2,
            OrdaStatus::Locked => 3,
            OrdaStatus::SeriousError => 4,
            OrdaStatus::EntityDoesNotExist => 5,
        }
    }

    /// The `statusText` of the result object, as the docs spell it.
    pub fn text(self) -> &'static str {
        match self {
            OrdaStatus::StampHasChanged => "Stamp has changed",
            OrdaStatus::Locked => "Already locked",
            OrdaStatus::SeriousError => "Other error",
            OrdaStatus::EntityDoesNotExist => "Entity does not exist anymore",
        }
    }
}

/// A datastore failure. `span` points into the text being read (catalog, fixtures, query
/// string) when there is one; the interpreter adds its own call-site span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbError {
    pub code: i32,
    /// `dbmg`, 4D's database component signature (`docs/API/EntityClass.md`).
    pub signature: &'static str,
    pub message: String,
    pub span: Option<Range<usize>>,
}

impl DbError {
    /// An error about data, with no text position.
    pub fn new(code: i32, message: impl Into<String>) -> DbError {
        DbError {
            code,
            signature: "dbmg",
            message: message.into(),
            span: None,
        }
    }

    /// An error at a byte range of the text being read.
    pub fn at(code: i32, span: Range<usize>, message: impl Into<String>) -> DbError {
        DbError {
            span: Some(span),
            ..DbError::new(code, message)
        }
    }

    /// The ORDA status this error gives to `.save()`, `.drop()` or `.lock()`.
    pub fn orda_status(&self) -> OrdaStatus {
        match self.code {
            ERR_LOCKED => OrdaStatus::Locked,
            ERR_STAMP_CHANGED => OrdaStatus::StampHasChanged,
            ERR_RECORD_OUT_OF_RANGE => OrdaStatus::EntityDoesNotExist,
            _ => OrdaStatus::SeriousError,
        }
    }

    /// "line:col: message" for a text error, else the message.
    pub fn located(&self, text: &str) -> String {
        match &self.span {
            Some(span) => {
                let (line, col) = crate::json::line_col(text, span.start);
                format!("{line}:{col}: {}", self.message)
            }
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for DbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {})", self.message, self.signature, self.code)
    }
}

impl std::error::Error for DbError {}

/// The datastore's result type.
pub type DbResult<T> = Result<T, DbError>;
