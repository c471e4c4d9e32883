//! Source files and spans. A [`Span`] is a byte range in one file; a
//! [`SourceFile`] turns byte offsets into 1-based lines and columns for humans.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

/// A byte range in one source file. Eight bytes, so every syntax node can carry one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: clamp(start),
            end: clamp(end),
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl chumsky::span::Span for Span {
    type Context = ();
    type Offset = u32;

    fn new(_: (), range: Range<u32>) -> Self {
        Span {
            start: range.start,
            end: range.end,
        }
    }
    fn context(&self) {}
    fn start(&self) -> u32 {
        self.start
    }
    fn end(&self) -> u32 {
        self.end
    }
}

/// One loaded file: its display name, its text and where its lines start.
#[derive(Debug)]
pub struct SourceFile {
    /// The path shown in diagnostics (as given by the user, or relative to the project).
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<u32>,
}

/// Files are shared by the syntax tree, the checker and the diagnostics renderer.
pub type Source = Arc<SourceFile>;

impl SourceFile {
    /// Wraps text already read. Invalid UTF-8 is the caller's business (see [`decode`]).
    pub fn new(path: impl Into<PathBuf>, text: String) -> Source {
        let mut line_starts = vec![0u32];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(clamp(i + 1)),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(clamp(i + 1));
                }
                _ => {}
            }
            i += 1;
        }
        Arc::new(SourceFile {
            path: path.into(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (columns count Unicode scalar values) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = offset.min(self.text.len() as u32);
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts[line] as usize;
        let mut end = offset as usize;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        (line + 1, self.text[start..end].chars().count() + 1)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end].trim_end_matches(['\r', '\n'])
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
}

/// Decodes file bytes as UTF-8, or says where the first invalid byte is.
pub fn decode(bytes: Vec<u8>) -> Result<String, usize> {
    String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_with_every_line_end() {
        let f = SourceFile::new("x.4dm", "ab\r\ncd\ref\nñx".to_string());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(4), (2, 1));
        assert_eq!(f.line_col(7), (3, 1));
        assert_eq!(f.line_col(12), (4, 2));
        assert_eq!(f.line_text(2), "cd");
        assert_eq!(f.line_text(4), "ñx");
        assert_eq!(f.line_text(9), "");
    }
}
