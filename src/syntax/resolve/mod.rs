//! The name resolver: raw tokens (`scan.rs`) → the tokens the parser reads
//! (`token.rs`).
//!
//! This is where 4D's names are resolved: words separated by blanks are joined
//! into the longest known command, method or constant (`SET PLUGIN ACCESS`);
//! tokenized names (`ALERT:C41`, `Is text:K8:3`) are resolved by their suffix;
//! keywords are recognised where a statement starts; member names after `.` and
//! the names and types of declarations are left as plain identifiers. This file
//! walks the raw tokens and reads the punctuation, literals and brackets;
//! `words.rs` resolves runs of words, `sql.rs` skips `Begin SQL` bodies.

mod sql;
#[cfg(test)]
mod tests;
mod words;

use super::buffers;
use super::error::SyntaxError;
use super::scan::{LexError, Raw, RawTok, scan};
use super::token::{BinOp, Kw, Tok};
use crate::conv::{date::Date4D, time as conv_time};
use crate::names::NameTable;
use crate::source::Span;

/// Deepest nesting of `(`, `[` and `{` on one line. Deeper input is refused with
/// an error rather than risking the parser's or the evaluator's stack.
pub const MAX_BRACKET_DEPTH: usize = 256;

/// Most ternary `?` on one line. Each ternary nests the parser (and the tree)
/// one level deeper without a bracket, so they are bounded like brackets.
pub const MAX_TERNARIES: usize = 256;

/// Most tokens in one logical line. Real code stays far below (the longest
/// statement of the 2,537-file corpus has under 300); the bound keeps one
/// generated megabyte-long line from costing seconds or gigabytes.
pub const MAX_LINE_TOKENS: usize = 100_000;

/// The resolved tokens of one file: the parser's input.
#[derive(Debug, Default)]
pub struct Lexed<'s> {
    pub tokens: Vec<(Tok<'s>, Span)>,
    pub errors: Vec<SyntaxError>,
    /// Byte ranges between `//%T-` and `//%T+`, where the thread-safety check is off.
    pub unchecked_regions: Vec<Span>,
}

/// Reads a whole file. Never fails: what cannot be read becomes a [`Tok::Error`]
/// with its error in [`Lexed::errors`].
pub fn lex<'s>(src: &'s str, names: &NameTable) -> Lexed<'s> {
    let mut r = Resolver::new(src, names);
    r.run();
    // The raw tokens' buffer serves the thread's next file (unless it grew huge).
    buffers::give_back_raw(std::mem::take(&mut r.raw));
    Lexed {
        tokens: r.out,
        errors: r.errors,
        unchecked_regions: r.regions,
    }
}

/// The value of a number literal. Most are short integers, read exactly
/// without the general decimal parser.
fn number_value(text: &str) -> f64 {
    if text.len() <= 15 && text.bytes().all(|b| b.is_ascii_digit()) {
        let n = text.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
        // Below 10^15 < 2^53: the conversion is exact, as parsing would be.
        return n as f64;
    }
    text.parse().unwrap_or(f64::NAN)
}

/// What the line being read has told us so far.
#[derive(Default)]
struct LineState {
    /// No token of the current statement has been emitted yet.
    at_start: bool,
    /// The keyword that opened the line, if any.
    keyword: Option<Kw>,
    /// Declaration lines read their words as plain names until `:=`.
    plain_words: bool,
    /// The next word is a member name (after `.` or a dereferencing `->`).
    member_next: bool,
    depth: usize,
    /// A `)` closed the parentheses of `For each (…)`.
    for_each_closed: bool,
    /// Tokens and ternary `?` emitted so far on this line.
    tokens: usize,
    ternaries: usize,
    /// The rest of the line is skipped after a fatal error.
    skipping: bool,
}

/// The resolver's state while it reads one file's raw tokens.
struct Resolver<'s, 'n> {
    src: &'s str,
    names: &'n NameTable,
    raw: Vec<RawTok>,
    i: usize,
    out: Vec<(Tok<'s>, Span)>,
    errors: Vec<SyntaxError>,
    regions: Vec<Span>,
    region_start: Option<u32>,
    line: LineState,
    last_arrow_postfix: bool,
}

impl<'s, 'n> Resolver<'s, 'n> {
    fn new(src: &'s str, names: &'n NameTable) -> Self {
        Resolver {
            src,
            names,
            raw: {
                let mut raw = buffers::take_raw();
                scan(src, 0, &mut raw);
                raw
            },
            i: 0,
            out: {
                let mut out = buffers::take_tokens();
                out.reserve(src.len() / 5 + 16);
                out
            },
            errors: Vec::new(),
            regions: Vec::new(),
            region_start: None,
            line: LineState {
                at_start: true,
                ..LineState::default()
            },
            last_arrow_postfix: false,
        }
    }

    fn text(&self, span: Span) -> &'s str {
        &self.src[span.range()]
    }

    fn kind(&self, i: usize) -> Option<Result<Raw, LexError>> {
        self.raw.get(i).map(|t| t.0)
    }

    fn span(&self, i: usize) -> Span {
        self.raw
            .get(i)
            .map_or(Span::new(self.src.len(), self.src.len()), |t| t.1)
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        self.span(a).end == self.span(b).start
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        self.errors.push(SyntaxError::new(span, message));
    }

    fn push(&mut self, tok: Tok<'s>, span: Span) {
        if self.line.skipping {
            return;
        }
        self.line.at_start = false;
        self.line.tokens += 1;
        if self.line.tokens > MAX_LINE_TOKENS {
            self.refuse_line(
                span,
                format!("a statement of more than {MAX_LINE_TOKENS} tokens is not read"),
            );
            return;
        }
        self.out.push((tok, span));
    }

    /// Reports a line fourd will not read further and skips the rest of it.
    fn refuse_line(&mut self, span: Span, message: String) {
        self.error(span, message);
        self.out.push((Tok::Error, span));
        self.line.skipping = true;
    }

    /// Does the last emitted token end a value? Decides between a prefix and a
    /// postfix `->`, and whether `[` may open a table name.
    fn prev_ends_value(&self) -> bool {
        match self.out.last() {
            Some((tok, _)) => match tok {
                Tok::Local(_)
                | Tok::Param(_)
                | Tok::Interprocess(_)
                | Tok::Command(_)
                | Tok::Method(_)
                | Tok::Constant(_)
                | Tok::Unavailable
                | Tok::Ident(_)
                | Tok::Table(_)
                | Tok::Field(_)
                | Tok::Number(_)
                | Tok::Text(_)
                | Tok::Date(_)
                | Tok::Time(_)
                | Tok::RParen
                | Tok::RBracket
                | Tok::RBrace => true,
                Tok::Arrow => self.last_arrow_postfix,
                _ => false,
            },
            None => false,
        }
    }

    fn end_line(&mut self, span: Span) {
        if let Some((last, _)) = self.out.last()
            && *last != Tok::Newline
        {
            // A single `;` ending a statement is ignored (docs/language.md §2.1).
            if *last == Tok::Semi && self.line.depth == 0 {
                self.out.pop();
            }
            if self.out.last().is_some_and(|(t, _)| *t != Tok::Newline) {
                self.out.push((Tok::Newline, span));
            }
        }
        self.line = LineState {
            at_start: true,
            ..LineState::default()
        };
        self.last_arrow_postfix = false;
    }

    fn run(&mut self) {
        while self.i < self.raw.len() {
            let (kind, span) = self.raw[self.i];
            if self.line.skipping && kind != Ok(Raw::Newline) {
                self.i += 1;
                continue;
            }
            match kind {
                Ok(Raw::Newline) => {
                    self.end_line(span);
                    self.i += 1;
                }
                Ok(Raw::Word) => self.words(),
                Ok(Raw::Number) if self.kind(self.i + 1) == Some(Ok(Raw::Word)) => self.words(),
                // A `'` not after a field is a character nothing reads.
                Err(LexError::UnexpectedChar) | Ok(Raw::Apostrophe)
                    if self.extends_bad_run(span) =>
                {
                    self.i += 1
                }
                Ok(Raw::Apostrophe) => {
                    self.i += 1;
                    self.error(span, LexError::UnexpectedChar.message());
                    self.push(Tok::Error, span);
                }
                Ok(raw) => {
                    self.i += 1;
                    self.simple(raw, span);
                }
                Err(e) => {
                    self.i += 1;
                    self.error(span, e.message());
                    self.push(Tok::Error, span);
                }
            }
        }
        let end = Span::new(self.src.len(), self.src.len());
        self.end_line(end);
        if let Some(start) = self.region_start {
            self.regions.push(Span {
                start,
                end: end.end,
            });
        }
    }

    /// A character nothing can read, right after another one: the run is one
    /// mistake (pasted binary, a stray word in another script), reported once.
    fn extends_bad_run(&mut self, span: Span) -> bool {
        let Some((Tok::Error, last)) = self.out.last_mut() else {
            return false;
        };
        let Some(err) = self.errors.last_mut() else {
            return false;
        };
        let unexpected = LexError::UnexpectedChar.message();
        if last.end != span.start || err.span != *last || !err.message.starts_with(unexpected) {
            return false;
        }
        *last = last.to(span);
        err.span = *last;
        err.message = format!("{unexpected}s");
        true
    }

    fn open(&mut self, tok: Tok<'s>, span: Span) {
        self.line.depth += 1;
        if self.line.depth > MAX_BRACKET_DEPTH {
            self.refuse_line(
                span,
                format!("brackets nested more than {MAX_BRACKET_DEPTH} levels deep"),
            );
        } else {
            self.push(tok, span);
        }
    }

    fn close(&mut self, tok: Tok<'s>, span: Span) {
        self.line.depth = self.line.depth.saturating_sub(1);
        if tok == Tok::RParen && self.line.depth == 0 && self.line.keyword == Some(Kw::ForEach) {
            self.line.for_each_closed = true;
        }
        self.push(tok, span);
    }

    /// A variable name goes on over single spaces between words
    /// (`$_l_Records in selection`, `<>MIR_t _NextTimeIntervalMode`): 4D's names
    /// may contain spaces (4d/docs docs/Concepts/identifiers.md, "Basic Rules"),
    /// and in code nothing else puts a word right after a variable. Consumes the
    /// words and gives the span of the whole name.
    fn spaced_name(&mut self, span: Span) -> Span {
        let mut span = span;
        while self.kind(self.i) == Some(Ok(Raw::Word)) {
            let next = self.span(self.i);
            if next.start != span.end + 1 || self.src.as_bytes()[span.end as usize] != b' ' {
                break;
            }
            span = span.to(next);
            self.i += 1;
        }
        span
    }

    fn simple(&mut self, raw: Raw, span: Span) {
        let member_next = std::mem::take(&mut self.line.member_next);
        // The text, for the tokens that read it (most are operators).
        let text = match raw {
            Raw::Local
            | Raw::Interprocess
            | Raw::Number
            | Raw::Str
            | Raw::Date
            | Raw::Time
            | Raw::SuffixC(_)
            | Raw::SuffixK(_)
            | Raw::SuffixP
            | Raw::NotEq => self.text(span),
            _ => "",
        };
        let tok = match raw {
            Raw::Newline | Raw::Word | Raw::BlockComment | Raw::Apostrophe => return,
            Raw::LtInterprocess => {
                let lt = Span::new(span.start as usize, span.start as usize + 1);
                self.push(Tok::Op(BinOp::Lt), lt);
                let name = Span::new(span.start as usize + 1, span.end as usize);
                let text = self.text(name);
                self.push(Tok::Interprocess(&text[2..]), name);
                return;
            }
            Raw::Pragma(on) => {
                match (on, self.region_start) {
                    (false, None) => self.region_start = Some(span.start),
                    (true, Some(start)) => {
                        self.regions.push(Span {
                            start,
                            end: span.end,
                        });
                        self.region_start = None;
                    }
                    _ => {}
                }
                return;
            }
            Raw::Local if member_next => Tok::Ident(text),
            Raw::Local => {
                let span = self.spaced_name(span);
                let text = self.text(span);
                let name = &text[1..];
                let tok = match name.parse::<u32>() {
                    Ok(n) if name.bytes().all(|b| b.is_ascii_digit()) => Tok::Param(n),
                    _ => Tok::Local(name),
                };
                return self.push(tok, span);
            }
            // `Form.$`: a property may be named `$` (4D-Mobile-App, 4DPop-Macros).
            Raw::Dollar if member_next => Tok::Ident(self.text(span)),
            Raw::Dollar => {
                if self.kind(self.i) == Some(Ok(Raw::LBrace)) && self.adjacent(self.i - 1, self.i) {
                    let brace = self.span(self.i);
                    self.i += 1;
                    return self.open(Tok::DollarBrace, span.to(brace));
                }
                self.error(span, "'$' must start a local variable name");
                Tok::Error
            }
            Raw::Interprocess => {
                let span = self.spaced_name(span);
                let text = self.text(span);
                let tok = Tok::Interprocess(
                    text.strip_prefix("<>")
                        .or_else(|| text.strip_prefix('◊'))
                        .unwrap_or(text),
                );
                return self.push(tok, span);
            }
            Raw::Number => Tok::Number(number_value(text)),
            Raw::Hex(n) => Tok::Number(n as i32 as f64),
            Raw::Str => Tok::Text(&text[1..text.len() - 1]),
            Raw::UnterminatedStr => Tok::Error,
            Raw::Date => match Date4D::parse_literal(&text[1..text.len() - 1]) {
                Some(d) => Tok::Date(d),
                None => {
                    self.error(span, format!("{text} is not a valid date"));
                    Tok::Error
                }
            },
            Raw::Time => match conv_time::parse_literal(&text[1..text.len() - 1]) {
                Some(t) => Tok::Time(t as f64),
                None => {
                    self.error(span, format!("{text} is not a valid time"));
                    Tok::Error
                }
            },
            Raw::SuffixC(_) | Raw::SuffixK(_) | Raw::SuffixP => {
                self.error(
                    span,
                    format!("token suffix '{text}' does not follow a name"),
                );
                Tok::Error
            }
            // `#DECLARE` is `#` glued to the word `declare` where a statement
            // starts; elsewhere `#` is not-equal (`$n#declaredCount`).
            Raw::NotEq
                if self.line.at_start
                    && text == "#"
                    && self.kind(self.i) == Some(Ok(Raw::Word))
                    && self.adjacent(self.i - 1, self.i)
                    && self.text(self.span(self.i)).eq_ignore_ascii_case("declare") =>
            {
                let word = self.span(self.i);
                self.i += 1;
                self.line.plain_words = true;
                self.push(Tok::Declare, span.to(word));
                return;
            }
            Raw::Assign => {
                self.line.plain_words = false;
                Tok::Assign
            }
            Raw::AddAssign => Tok::CompoundAssign(BinOp::Add),
            Raw::SubAssign => Tok::CompoundAssign(BinOp::Sub),
            Raw::MulAssign => Tok::CompoundAssign(BinOp::Mul),
            Raw::DivAssign => Tok::CompoundAssign(BinOp::Div),
            Raw::Arrow => {
                let postfix = self.prev_ends_value();
                // After `)` in a declaration, `->` introduces the result: `Function f()->$r`.
                self.line.member_next = postfix && !self.line.plain_words;
                self.push(Tok::Arrow, span);
                self.last_arrow_postfix = postfix;
                return;
            }
            Raw::Plus => Tok::Op(BinOp::Add),
            Raw::Minus => Tok::Op(BinOp::Sub),
            Raw::Star => Tok::Op(BinOp::Mul),
            Raw::Slash => Tok::Op(BinOp::Div),
            Raw::Backslash => Tok::Op(BinOp::IntDiv),
            Raw::Percent => Tok::Op(BinOp::Mod),
            Raw::Caret => Tok::Op(BinOp::Pow),
            Raw::Eq => Tok::Op(BinOp::Eq),
            Raw::NotEq => Tok::Op(BinOp::NotEq),
            Raw::Lt => Tok::Op(BinOp::Lt),
            Raw::Gt => Tok::Op(BinOp::Gt),
            Raw::Le => Tok::Op(BinOp::Le),
            Raw::Ge => Tok::Op(BinOp::Ge),
            Raw::Amp => Tok::Op(BinOp::BitAnd),
            Raw::Pipe => Tok::Op(BinOp::BitOr),
            Raw::AndAnd => Tok::Op(BinOp::And),
            Raw::OrOr => Tok::Op(BinOp::Or),
            Raw::CaretPipe => Tok::Op(BinOp::BitXor),
            Raw::Shl => Tok::Op(BinOp::Shl),
            Raw::Shr => Tok::Op(BinOp::Shr),
            Raw::BitSet => Tok::Op(BinOp::BitSet),
            Raw::BitClear => Tok::Op(BinOp::BitClear),
            Raw::BitTest => Tok::Op(BinOp::BitTest),
            Raw::Question => {
                self.line.ternaries += 1;
                if self.line.ternaries > MAX_TERNARIES {
                    return self.refuse_line(
                        span,
                        format!("more than {MAX_TERNARIES} ternary '?' in one statement"),
                    );
                }
                Tok::Question
            }
            Raw::Colon => Tok::Colon,
            Raw::Semi => Tok::Semi,
            Raw::Comma => Tok::Comma,
            Raw::Dot => {
                self.line.member_next = true;
                self.push(Tok::Dot, span);
                return;
            }
            Raw::LParen => return self.open(Tok::LParen, span),
            Raw::RParen => return self.close(Tok::RParen, span),
            Raw::LBracket => {
                if !self.prev_ends_value() && !member_next && self.table_reference(span) {
                    return;
                }
                return self.open(Tok::LBracket, span);
            }
            Raw::RBracket => return self.close(Tok::RBracket, span),
            Raw::LBrace => return self.open(Tok::LBrace, span),
            Raw::RBrace => return self.close(Tok::RBrace, span),
        };
        self.push(tok, span);
    }
}
