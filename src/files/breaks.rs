//! Line-break processing of text documents: the `breakMode` constants of the System Documents
//! theme (`API/FileClass.md#settext`, `commands/document-to-text.md`). "Native" is LF: fourd
//! runs as tool4d does on Linux, a Unix system, whose native line break is LF.

use super::error::FileError;

/// `Document unchanged` (0), `Document with native format` (1), `Document with CRLF` (2),
/// `Document with CR` (3), `Document with LF` (4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakMode {
    Unchanged,
    Native,
    Crlf,
    Cr,
    Lf,
}

impl BreakMode {
    /// The constant's value; -50 for another number.
    pub fn from_code(code: i64) -> Result<BreakMode, FileError> {
        Ok(match code {
            0 => BreakMode::Unchanged,
            1 => BreakMode::Native,
            2 => BreakMode::Crlf,
            3 => BreakMode::Cr,
            4 => BreakMode::Lf,
            _ => return Err(FileError::parameter(&format!("break mode {code}"))),
        })
    }

    /// The line break this mode writes; `None` for `Document unchanged`.
    pub fn separator(self) -> Option<&'static str> {
        match self {
            BreakMode::Unchanged => None,
            BreakMode::Native | BreakMode::Lf => Some("\n"),
            BreakMode::Crlf => Some("\r\n"),
            BreakMode::Cr => Some("\r"),
        }
    }

    /// `text` with every line break (CRLF, CR or LF) replaced by this mode's.
    pub fn apply(self, text: &str) -> String {
        let Some(sep) = self.separator() else {
            return text.to_string();
        };
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push_str(sep);
                }
                '\n' => out.push_str(sep),
                other => out.push(other),
            }
        }
        out
    }
}
