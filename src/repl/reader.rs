//! Gathering the lines of one REPL entry, the same way for a terminal and for
//! piped input: an open block or a trailing `\` asks for more lines; a line
//! with a syntax error inside an open block is reported and left out, so the
//! block stays open for the corrected line; every entry's text keeps its input
//! line numbers, so diagnostics name the line the user typed.

use super::entry::{is_open_block, syntax_errors};
use crate::diag::Diagnostic;
use crate::source::SourceFile;

/// What a line completed.
#[derive(Debug)]
pub enum Fed {
    /// The entry goes on: an open block or a trailing `\`.
    More,
    /// A whole entry: its text (blank lines before it, so its line numbers are
    /// the input's) and its name for diagnostics.
    Entry(String),
    /// The line had syntax errors: reported, left out of the entry.
    LineErrors(Vec<Diagnostic>),
}

/// The lines of the entry being typed, and where the input stands.
#[derive(Debug, Default)]
pub struct EntryReader {
    /// The entry so far, from its first line.
    text: String,
    /// Input line numbers of the entry so far (1-based), first to last.
    first_line: usize,
    /// Lines read so far.
    lines_read: usize,
}

impl EntryReader {
    /// Whether an entry is being gathered (the prompt is the continuation one).
    pub fn is_open(&self) -> bool {
        !self.text.is_empty()
    }

    /// Forgets the entry being typed (Ctrl-C).
    pub fn cancel(&mut self) {
        self.text.clear();
    }

    /// Counts a line that was not 4D code (a `:` command), to keep numbering.
    pub fn skip_line(&mut self) {
        self.lines_read += 1;
    }

    /// The text of an entry with blank lines before it, so that line N of the
    /// input is line N of the text.
    fn numbered(&self, text: &str) -> String {
        let mut out = "\n".repeat(self.first_line.saturating_sub(1));
        out.push_str(text);
        out
    }

    /// Adds one input line (`name` names the input in diagnostics).
    pub fn feed(&mut self, line: &str, name: &str) -> Fed {
        self.lines_read += 1;
        if self.text.is_empty() {
            self.first_line = self.lines_read;
        }
        let mut candidate = self.text.clone();
        candidate.push_str(line);
        candidate.push('\n');
        if candidate.trim_end().ends_with('\\') {
            self.text = candidate;
            return Fed::More;
        }
        let errors = syntax_errors(&candidate);
        if errors.is_empty() {
            self.text.clear();
            return Fed::Entry(self.numbered(&candidate));
        }
        if errors.iter().all(is_open_block) {
            self.text = candidate;
            return Fed::More;
        }
        // Errors of this line (or of the entry it ends): report those, not the
        // blocks still open, and keep what was typed before.
        let numbered = self.numbered(&candidate);
        let offset = numbered.len() - candidate.len();
        let file = SourceFile::new(name, numbered);
        let diagnostics = errors
            .iter()
            .filter(|e| !is_open_block(e))
            .map(|e| {
                let mut shifted = e.clone();
                shifted.span = shift(e.span, offset);
                for (span, _) in &mut shifted.labels {
                    *span = shift(*span, offset);
                }
                Diagnostic::syntax(&file, &shifted)
            })
            .collect();
        Fed::LineErrors(diagnostics)
    }

    /// What is left at the end of the input: an entry never completed.
    pub fn finish(&mut self) -> Option<String> {
        if self.text.trim().is_empty() {
            return None;
        }
        let text = std::mem::take(&mut self.text);
        Some(self.numbered(&text))
    }
}

fn shift(span: crate::source::Span, by: usize) -> crate::source::Span {
    crate::source::Span::new(span.start as usize + by, span.end as usize + by)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(fed: Fed) -> String {
        match fed {
            Fed::Entry(t) => t,
            other => panic!("not an entry: {other:?}"),
        }
    }

    #[test]
    fn an_open_block_continues_and_an_open_bracket_does_not() {
        let mut r = EntryReader::default();
        assert!(matches!(r.feed("If (True)", "<t>"), Fed::More));
        assert!(matches!(r.feed("$a:=1", "<t>"), Fed::More));
        assert_eq!(entry(r.feed("End if", "<t>")), "If (True)\n$a:=1\nEnd if\n");
        // The second entry starts on input line 4: three blank lines before it.
        let Fed::LineErrors(d) = r.feed("Length(", "<t>") else {
            panic!("an unclosed bracket is an error");
        };
        assert_eq!(d[0].line_col().map(|(l, _)| l), Some(4));
        assert_eq!(entry(r.feed("1+1", "<t>")), "\n\n\n\n1+1\n");
    }

    #[test]
    fn an_error_inside_a_block_keeps_the_block_open() {
        let mut r = EntryReader::default();
        assert!(matches!(r.feed("If (True)", "<t>"), Fed::More));
        let Fed::LineErrors(d) = r.feed("$a:=(1", "<t>") else {
            panic!("a syntax error");
        };
        assert_eq!(d.len(), 1, "only the line's error, not the open If");
        assert_eq!(d[0].line_col().map(|(l, _)| l), Some(2));
        assert!(r.is_open());
        assert!(matches!(r.feed("$a:=1", "<t>"), Fed::More));
        assert_eq!(entry(r.feed("End if", "<t>")), "If (True)\n$a:=1\nEnd if\n");
    }

    #[test]
    fn a_backslash_continues() {
        let mut r = EntryReader::default();
        assert!(matches!(r.feed("$a:=1+\\", "<t>"), Fed::More));
        assert_eq!(entry(r.feed("2", "<t>")), "$a:=1+\\\n2\n");
        assert!(r.finish().is_none());
    }
}
