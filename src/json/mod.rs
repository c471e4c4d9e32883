//! A small JSON reader that keeps byte positions, and a writer to go with it.
//!
//! fourd reads `directory.json` and `fourd.json` with it so that a bad file is reported at the
//! exact line and column, and the interpreter's `JSON Parse` will use it because 4D keeps object
//! members in file order. Reading follows RFC 8259 strictly (no comments, no trailing commas,
//! no control characters in strings); a UTF-8 byte-order mark at the start is skipped. Nesting is
//! bounded by [`MAX_DEPTH`], so hostile input gives an error value, never a stack overflow.

mod parse;
mod position;
mod string;
mod write;

#[cfg(test)]
mod tests;

pub use parse::{MAX_DEPTH, parse};
pub use position::line_col;
pub use write::{to_string, to_string_pretty, write_string};

use std::fmt;
use std::ops::Range;

/// One JSON value and the bytes of the source text it was read from.
///
/// Values built by code rather than parsed carry an empty span (`0..0`).
#[derive(Debug, Clone, PartialEq)]
pub struct Json {
    pub kind: JsonKind,
    /// Byte offsets into the parsed text, so errors about this value can point at it.
    pub span: Range<usize>,
}

/// What a JSON value is. Objects are a list, not a map: 4D keeps members in file order and the
/// loaders need to see (and refuse) duplicate keys.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonKind {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<Member>),
}

/// One `"key": value` pair of an object, in file order, with the key's own span for errors
/// such as "unknown key".
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Json,
}

/// Why a text is not JSON, and where (byte offsets; see [`line_col`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub span: Range<usize>,
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

impl Json {
    /// A value made by code (not read from a text), so it has no span.
    pub fn new(kind: JsonKind) -> Json {
        Json { kind, span: 0..0 }
    }

    /// The first member named `key` when this is an object; loaders refuse duplicates before
    /// relying on this.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match &self.kind {
            JsonKind::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.value),
            _ => None,
        }
    }

    /// The value's type as a phrase for error messages ("expected a string, found a number").
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            JsonKind::Null => "null",
            JsonKind::Bool(_) => "a boolean",
            JsonKind::Number(_) => "a number",
            JsonKind::String(_) => "a string",
            JsonKind::Array(_) => "an array",
            JsonKind::Object(_) => "an object",
        }
    }

    /// The text when this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            JsonKind::String(s) => Some(s),
            _ => None,
        }
    }

    /// The members when this is an object.
    pub fn as_object(&self) -> Option<&[Member]> {
        match &self.kind {
            JsonKind::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The elements when this is an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match &self.kind {
            JsonKind::Array(items) => Some(items),
            _ => None,
        }
    }
}
