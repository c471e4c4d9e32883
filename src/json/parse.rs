//! The JSON reader: RFC 8259 text to a [`Json`] tree with byte spans.
//!
//! The reader is a loop over an explicit stack of open arrays and objects rather than a
//! recursive descent, so the depth limit is a plain counter and no input can exhaust the
//! native stack, whatever the limit is set to.

use super::string::read_string;
use super::{Json, JsonError, JsonKind, Member, line_col};
use std::ops::Range;

/// The deepest nesting of arrays and objects accepted. 4D's own limit is not documented; 512 is
/// far beyond any settings file and bounds the memory an adversarial file can make us spend.
pub const MAX_DEPTH: usize = 512;

/// Reads one JSON text. Errors carry the byte span at fault and a message that says what was
/// expected; nothing panics, whatever the input.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    if text.starts_with('\u{FEFF}') {
        reader.pos = '\u{FEFF}'.len_utf8();
    }
    reader.skip_ws();
    let value = reader.value()?;
    reader.skip_ws();
    if reader.pos < reader.bytes.len() {
        let span = reader.char_span(reader.pos);
        return Err(JsonError {
            message: format!(
                "unexpected {} after the JSON value",
                reader.describe_at(reader.pos)
            ),
            span,
        });
    }
    Ok(value)
}

/// An array or object whose closing bracket has not been read yet.
enum Open {
    Array {
        start: usize,
        items: Vec<Json>,
    },
    Object {
        start: usize,
        members: Vec<Member>,
        key: String,
        key_span: Range<usize>,
    },
}

impl Open {
    fn start(&self) -> usize {
        match self {
            Open::Array { start, .. } | Open::Object { start, .. } => *start,
        }
    }
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
}

/// What to do after a complete value has been handed to its parent.
enum Next {
    /// Read another value (an array element or a member's value).
    Value,
    /// The parent closed too: hand it to its own parent.
    Closed(Json),
}

impl<'t> Reader<'t> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// The span of the character at `pos` (empty at the end of the text).
    fn char_span(&self, pos: usize) -> Range<usize> {
        match self.text.get(pos..).and_then(|rest| rest.chars().next()) {
            Some(c) => pos..pos + c.len_utf8(),
            None => pos..pos,
        }
    }

    /// "`x`" or "end of input", for messages.
    fn describe_at(&self, pos: usize) -> String {
        match self.text.get(pos..).and_then(|rest| rest.chars().next()) {
            Some(c) if c.is_control() => format!("character U+{:04X}", c as u32),
            Some(c) => format!("`{c}`"),
            None => "end of input".to_string(),
        }
    }

    fn error(&self, span: Range<usize>, message: impl Into<String>) -> JsonError {
        JsonError {
            span,
            message: message.into(),
        }
    }

    /// An error at the current position: "expected X, found Y". At the end of the text it names
    /// the innermost unclosed bracket, which is what a truncated file needs to say.
    fn expected(&self, what: &str, open: &[Open]) -> JsonError {
        let span = self.char_span(self.pos);
        if self.pos >= self.bytes.len()
            && let Some(top) = open.last()
        {
            let (line, col) = line_col(self.text, top.start());
            let kind = match top {
                Open::Array { .. } => "array",
                Open::Object { .. } => "object",
            };
            return self.error(
                span,
                format!(
                    "unexpected end of input: expected {what}; the {kind} opened at line {line}, column {col} is not closed"
                ),
            );
        }
        self.error(
            span,
            format!("expected {what}, found {}", self.describe_at(self.pos)),
        )
    }

    /// Reads one value, nested arrays and objects included, without recursion.
    fn value(&mut self) -> Result<Json, JsonError> {
        let mut open: Vec<Open> = Vec::new();
        loop {
            // Read the start of a value; arrays and objects that are not empty are pushed.
            let mut done = match self.peek() {
                Some(b'[' | b'{') if open.len() >= MAX_DEPTH => {
                    return Err(self.error(
                        self.pos..self.pos + 1,
                        format!("arrays and objects are nested more than {MAX_DEPTH} levels deep"),
                    ));
                }
                Some(b'[') => {
                    let start = self.pos;
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        Json {
                            kind: JsonKind::Array(Vec::new()),
                            span: start..self.pos,
                        }
                    } else {
                        open.push(Open::Array {
                            start,
                            items: Vec::new(),
                        });
                        continue;
                    }
                }
                Some(b'{') => {
                    let start = self.pos;
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        Json {
                            kind: JsonKind::Object(Vec::new()),
                            span: start..self.pos,
                        }
                    } else {
                        open.push(Open::Object {
                            start,
                            members: Vec::new(),
                            key: String::new(),
                            key_span: 0..0,
                        });
                        self.member_key(&mut open)?;
                        continue;
                    }
                }
                Some(b'"') => {
                    let start = self.pos;
                    let (text, end) = read_string(self.text, start)?;
                    self.pos = end;
                    Json {
                        kind: JsonKind::String(text),
                        span: start..end,
                    }
                }
                Some(b't') => self.literal("true", JsonKind::Bool(true), &open)?,
                Some(b'f') => self.literal("false", JsonKind::Bool(false), &open)?,
                Some(b'n') => self.literal("null", JsonKind::Null, &open)?,
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b) if b.is_ascii_alphabetic() => return Err(self.bad_word(self.pos)),
                _ => return Err(self.expected("a value", &open)),
            };
            // Hand the finished value to its parent until one asks for another value.
            loop {
                if open.is_empty() {
                    return Ok(done);
                }
                match self.attach(&mut open, done)? {
                    Next::Closed(json) => done = json,
                    Next::Value => break,
                }
            }
            self.skip_ws();
        }
    }

    /// Gives `done` to the innermost open container and reads the separator after it.
    fn attach(&mut self, open: &mut Vec<Open>, done: Json) -> Result<Next, JsonError> {
        let Some(top) = open.last_mut() else {
            return Ok(Next::Closed(done));
        };
        self.skip_ws();
        match top {
            Open::Array { items, .. } => {
                items.push(done);
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.skip_ws();
                        if self.peek() == Some(b']') {
                            return Err(
                                self.error(self.pos - 1..self.pos, "trailing comma before `]`")
                            );
                        }
                        Ok(Next::Value)
                    }
                    Some(b']') => {
                        self.pos += 1;
                        let Some(Open::Array { start, items }) = open.pop() else {
                            return Err(self.expected("`]`", open));
                        };
                        Ok(Next::Closed(Json {
                            kind: JsonKind::Array(items),
                            span: start..self.pos,
                        }))
                    }
                    _ => Err(self.expected("`,` or `]`", open)),
                }
            }
            Open::Object {
                members,
                key,
                key_span,
                ..
            } => {
                members.push(Member {
                    key: std::mem::take(key),
                    key_span: std::mem::replace(key_span, 0..0),
                    value: done,
                });
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        self.skip_ws();
                        if self.peek() == Some(b'}') {
                            return Err(
                                self.error(self.pos - 1..self.pos, "trailing comma before `}`")
                            );
                        }
                        self.member_key(open)?;
                        Ok(Next::Value)
                    }
                    Some(b'}') => {
                        self.pos += 1;
                        let Some(Open::Object { start, members, .. }) = open.pop() else {
                            return Err(self.expected("`}`", open));
                        };
                        Ok(Next::Closed(Json {
                            kind: JsonKind::Object(members),
                            span: start..self.pos,
                        }))
                    }
                    _ => Err(self.expected("`,` or `}`", open)),
                }
            }
        }
    }

    /// Reads `"key" :` into the innermost open object and leaves the position on the value.
    fn member_key(&mut self, open: &mut [Open]) -> Result<(), JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.expected("a member name in double quotes", open));
        }
        let start = self.pos;
        let (text, end) = read_string(self.text, start)?;
        self.pos = end;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.expected("`:` after the member name", open));
        }
        self.pos += 1;
        self.skip_ws();
        if let Some(Open::Object { key, key_span, .. }) = open.last_mut() {
            *key = text;
            *key_span = start..end;
        }
        Ok(())
    }

    fn literal(&mut self, word: &str, kind: JsonKind, open: &[Open]) -> Result<Json, JsonError> {
        let start = self.pos;
        if self.text[start..].starts_with(word) {
            self.pos += word.len();
            return Ok(Json {
                kind,
                span: start..self.pos,
            });
        }
        // A truncated literal ("tru" at the end) is an unexpected end, not a bad word.
        let end = start
            + self.text[start..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(self.text.len() - start);
        if end == self.bytes.len() && word.starts_with(&self.text[start..end]) {
            self.pos = end;
            return Err(self.expected(&format!("`{word}`"), open));
        }
        Err(self.bad_word(start))
    }

    /// "expected a value, found `True`": names the whole word, not just its first letter.
    fn bad_word(&self, start: usize) -> JsonError {
        let end = start
            + self.text[start..]
                .find(|c: char| !c.is_ascii_alphanumeric())
                .unwrap_or(self.text.len() - start);
        let end = end.max(self.char_span(start).end);
        self.error(
            start..end,
            format!("expected a value, found `{}`", &self.text[start..end]),
        )
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, read as an f64. A number too
    /// large for an f64 is an error rather than infinity, which no JSON text can mean.
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(
                        self.error(start..self.pos + 1, "a number cannot have a leading zero")
                    );
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.number_error(start, "a digit after `-`")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.number_error(start, "a digit after the decimal point"));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.number_error(start, "a digit in the exponent"));
            }
            self.digits();
        }
        let span = start..self.pos;
        let value: f64 = self.text[span.clone()]
            .parse()
            .map_err(|_| self.error(span.clone(), "invalid number"))?;
        if !value.is_finite() {
            return Err(self.error(span, "number is too large (beyond ±1.8e308)"));
        }
        Ok(Json {
            kind: JsonKind::Number(value),
            span,
        })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    fn number_error(&self, start: usize, what: &str) -> JsonError {
        let end = self.char_span(self.pos).end.max(self.pos);
        self.error(
            start..end,
            format!(
                "invalid number: expected {what}, found {}",
                self.describe_at(self.pos)
            ),
        )
    }
}
