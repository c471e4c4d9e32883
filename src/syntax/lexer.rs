//! The lexer: raw tokens (`token.rs`) → the tokens the parser reads.
//!
//! This is where 4D's names are resolved: words separated by blanks are joined
//! into the longest known command, method or constant (`SET PLUGIN ACCESS`);
//! tokenized names (`ALERT:C41`, `Is text:K8:3`) are resolved by their suffix;
//! keywords are recognised where a statement starts; member names after `.` and
//! the names and types of declarations are left as plain identifiers.

use super::error::SyntaxError;
use super::token::{LexError, Raw};
use crate::conv::{date::Date4D, time as conv_time};
use crate::names::{self, CommandId, ConstantId, NameKind, NameTable};
use crate::source::Span;
use logos::Logos;

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

/// A statement keyword. Keywords are recognised only where a statement starts
/// (and `Until`/`While` after a `For each (…)`), so they never hide a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kw {
    If,
    Else,
    EndIf,
    CaseOf,
    EndCase,
    While,
    EndWhile,
    Repeat,
    Until,
    For,
    EndFor,
    ForEach,
    EndForEach,
    Use,
    EndUse,
    Try,
    Catch,
    EndTry,
    Return,
    Break,
    Continue,
    Var,
    Function,
    ClassConstructor,
    ClassExtends,
    Property,
    /// `Alias name path` in an ORDA class.
    Alias,
    Modifier(Modifier),
}

/// The words that may precede `Function` or `Class constructor` in a class file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modifier {
    Local,
    Shared,
    Exposed,
    Singleton,
    Session,
    Server,
}

/// The keyword phrases, their words lower-case, grouped by initial letter and
/// longest first where one phrase starts another (`End for each` before `End for`).
const KEYWORDS: &[(&[&str], Kw)] = &[
    (&["alias"], Kw::Alias),
    (&["break"], Kw::Break),
    (&["case", "of"], Kw::CaseOf),
    (&["class", "constructor"], Kw::ClassConstructor),
    (&["class", "extends"], Kw::ClassExtends),
    (&["catch"], Kw::Catch),
    (&["continue"], Kw::Continue),
    (&["end", "for", "each"], Kw::EndForEach),
    (&["end", "if"], Kw::EndIf),
    (&["end", "case"], Kw::EndCase),
    (&["end", "while"], Kw::EndWhile),
    (&["end", "for"], Kw::EndFor),
    (&["end", "use"], Kw::EndUse),
    (&["end", "try"], Kw::EndTry),
    (&["else"], Kw::Else),
    (&["for", "each"], Kw::ForEach),
    (&["for"], Kw::For),
    (&["function"], Kw::Function),
    (&["if"], Kw::If),
    (&["property"], Kw::Property),
    (&["repeat"], Kw::Repeat),
    (&["return"], Kw::Return),
    (&["try"], Kw::Try),
    (&["until"], Kw::Until),
    (&["use"], Kw::Use),
    (&["var"], Kw::Var),
    (&["while"], Kw::While),
];

/// For each letter `a`…`z`, the range of [`KEYWORDS`] whose phrases start with it.
const KEYWORDS_BY_INITIAL: [(usize, usize); 26] = {
    let mut ranges = [(0, 0); 26];
    let mut k = 0;
    while k < KEYWORDS.len() {
        let letter = (KEYWORDS[k].0[0].as_bytes()[0] - b'a') as usize;
        if ranges[letter].1 == 0 {
            ranges[letter].0 = k;
        }
        // The phrases of one letter are consecutive.
        assert!(ranges[letter].1 == 0 || ranges[letter].1 == k);
        ranges[letter].1 = k + 1;
        k += 1;
    }
    ranges
};

const MODIFIERS: &[(&str, Modifier)] = &[
    ("local", Modifier::Local),
    ("shared", Modifier::Shared),
    ("exposed", Modifier::Exposed),
    ("singleton", Modifier::Singleton),
    ("session", Modifier::Session),
    ("server", Modifier::Server),
];

/// A binary operator token. 4D gives them all the same precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    IntDiv,
    Mod,
    Pow,
    Eq,
    NotEq,
    Lt,
    Gt,
    Le,
    Ge,
    BitAnd,
    BitOr,
    BitXor,
    And,
    Or,
    Shl,
    Shr,
    BitSet,
    BitClear,
    BitTest,
}

impl BinOp {
    /// The operator as written in 4D.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::IntDiv => "\\",
            BinOp::Mod => "%",
            BinOp::Pow => "^",
            BinOp::Eq => "=",
            BinOp::NotEq => "#",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^|",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::BitSet => "?+",
            BinOp::BitClear => "?-",
            BinOp::BitTest => "??",
        }
    }
}

/// A token as the parser sees it. Text is borrowed from the source; the span
/// travels beside the token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'s> {
    /// The end of a logical line (continuations already joined).
    Newline,
    Kw(Kw),
    /// `#DECLARE`
    Declare,
    /// `$name`, without the `$`.
    Local(&'s str),
    /// `$1`, `$2`, … and `$0`.
    Param(u32),
    /// `${` opening an indirect parameter `${expr}`.
    DollarBrace,
    /// `<>name` or `◊name`, without the prefix.
    Interprocess(&'s str),
    Command(CommandId),
    Method(u32),
    Constant(ConstantId),
    /// A tokenized name fourd cannot know: a plug-in command, an unknown `:C`/`:K`
    /// token. It parses, and fails when evaluated.
    Unavailable,
    /// Any other word: a process variable, a member or key name, a type name.
    Ident(&'s str),
    /// `[Table]` or `[Table:2]`; the text is the table name.
    Table(&'s str),
    /// The field name after a table: `[Table]Field` / `Field:3`.
    Field(&'s str),
    Number(f64),
    /// The raw text between the quotes (escapes are processed by the parser).
    Text(&'s str),
    Date(Date4D),
    Time(f64),
    /// The opaque body of a `Begin SQL … End SQL` block.
    Sql(&'s str),
    Op(BinOp),
    Assign,
    CompoundAssign(BinOp),
    Arrow,
    Question,
    Colon,
    Semi,
    Comma,
    Dot,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    /// Something the lexer could not read; its error is already reported.
    Error,
}

impl std::fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            Tok::Newline => "end of line",
            Tok::Kw(_) => "keyword",
            Tok::Declare => "#DECLARE",
            Tok::Local(_) | Tok::Param(_) | Tok::Interprocess(_) | Tok::DollarBrace => "variable",
            Tok::Command(c) => return write!(f, "command '{}'", names::command(*c).name),
            Tok::Method(_) => "method name",
            Tok::Constant(c) => return write!(f, "constant '{}'", names::constant(*c).name),
            Tok::Unavailable => "name",
            Tok::Ident(s) => s,
            Tok::Table(_) | Tok::Field(_) => "table or field",
            Tok::Number(_) => "number",
            Tok::Text(_) => "text literal",
            Tok::Date(_) => "date literal",
            Tok::Time(_) => "time literal",
            Tok::Sql(_) => "SQL block",
            Tok::Op(op) => op.symbol(),
            Tok::Assign => ":=",
            Tok::CompoundAssign(op) => return write!(f, "{}=", op.symbol()),
            Tok::Arrow => "->",
            Tok::Question => "?",
            Tok::Colon => ":",
            Tok::Semi => ";",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Error => "invalid token",
        };
        f.write_str(s)
    }
}

/// The lexer's result for one file.
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
    let mut raw = std::mem::take(&mut r.raw);
    if raw.capacity() <= 1 << 20 {
        raw.clear();
        RAW_BUFFER.with(|b| b.set(raw));
    }
    Lexed {
        tokens: r.out,
        errors: r.errors,
        unchecked_regions: r.regions,
    }
}

type RawTok = (Result<Raw, LexError>, Span);

thread_local! {
    /// A buffer for the raw tokens, kept from one file to the next.
    static RAW_BUFFER: std::cell::Cell<Vec<RawTok>> = const { std::cell::Cell::new(Vec::new()) };
    /// The buffer of the tokens, back from the parser ([`recycle_tokens`]).
    static TOKEN_BUFFER: std::cell::Cell<Vec<(Tok<'static>, Span)>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// Gives the buffer of a file's tokens back once they are parsed, for the
/// thread's next file: its memory is then still in the caches.
pub fn recycle_tokens(mut tokens: Vec<(Tok<'_>, Span)>) {
    if tokens.capacity() > 1 << 20 {
        return;
    }
    tokens.clear();
    // Empty, it holds no borrowed text: the same buffer, retyped (the map
    // never runs, and collecting reuses the allocation).
    let empty: Vec<(Tok<'static>, Span)> = tokens
        .into_iter()
        .map(|(_, span)| (Tok::Newline, span))
        .collect();
    TOKEN_BUFFER.with(|b| b.set(empty));
}

/// Appends the raw tokens of `src` from byte `from` on.
fn raw_tokens(src: &str, from: usize, out: &mut Vec<RawTok>) {
    let mut lexer = Raw::lexer(&src[from..]);
    out.reserve((src.len() - from) / 4);
    while let Some(tok) = lexer.next() {
        let r = lexer.span();
        out.push((tok, Span::new(r.start + from, r.end + from)));
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
                let mut raw = RAW_BUFFER.with(std::cell::Cell::take);
                raw.clear();
                raw_tokens(src, 0, &mut raw);
                raw
            },
            i: 0,
            out: {
                let mut out: Vec<(Tok<'s>, Span)> = TOKEN_BUFFER.with(std::cell::Cell::take);
                out.clear();
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
            // A single `;` ending a statement is ignored (language.md §2.1).
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
                Ok(raw) => {
                    self.i += 1;
                    self.simple(raw, span);
                }
                Err(LexError::UnexpectedChar) if self.extends_bad_run(span) => self.i += 1,
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
            Raw::Newline | Raw::Word | Raw::BlockComment => return,
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
                let name = &text[1..];
                match name.parse::<u32>() {
                    Ok(n) if name.bytes().all(|b| b.is_ascii_digit()) => Tok::Param(n),
                    _ => Tok::Local(name),
                }
            }
            Raw::Dollar => {
                if self.kind(self.i) == Some(Ok(Raw::LBrace)) && self.adjacent(self.i - 1, self.i) {
                    let brace = self.span(self.i);
                    self.i += 1;
                    return self.open(Tok::DollarBrace, span.to(brace));
                }
                self.error(span, "'$' must start a local variable name");
                Tok::Error
            }
            Raw::Interprocess => Tok::Interprocess(
                text.strip_prefix("<>")
                    .or_else(|| text.strip_prefix('◊'))
                    .unwrap_or(text),
            ),
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

    /// The run of words starting at `self.i`: consecutive words separated only
    /// by blanks, with the index one past its last word.
    fn word_run(&self) -> usize {
        let mut j = self.i;
        // Numbers belong to a run of words: `Date RFC 1123:K1:11`, `64 bit version:K5:25`.
        while matches!(self.kind(j), Some(Ok(Raw::Word | Raw::Number))) {
            j += 1;
        }
        j
    }

    /// A run of words (and numbers) from `self.i`. A run that starts with a
    /// number is a name only if it reads as one; otherwise the number is a number.
    fn words(&mut self) {
        let end = self.word_run();
        if self.kind(self.i) == Some(Ok(Raw::Number))
            && !(self.suffixed(end) && self.tokenized_words(end) >= end - self.i)
            && self.longest_name(self.i, end).is_none()
        {
            let span = self.span(self.i);
            self.i += 1;
            return self.simple(Raw::Number, span);
        }
        while self.i < end {
            if self.kind(self.i) == Some(Ok(Raw::Number))
                && self.i + 1 == end
                && !self.suffixed(end)
            {
                let span = self.span(self.i);
                self.i += 1;
                self.simple(Raw::Number, span);
                continue;
            }
            self.word_group(end);
        }
    }

    /// Does the run end with a token suffix glued to its last word?
    fn suffixed(&self, end: usize) -> bool {
        matches!(
            self.kind(end),
            Some(Ok(Raw::SuffixC(_) | Raw::SuffixK(_) | Raw::SuffixP))
        ) && self.adjacent(end - 1, end)
    }

    /// How many words the tokenized name at the end of the run has, by its
    /// number (`USE SET:C118` is two words, `return This:C1470` ends with one).
    fn tokenized_words(&self, end: usize) -> usize {
        let words = match self.kind(end) {
            Some(Ok(Raw::SuffixC(n))) => names::command_by_number(n).map(names::command_words),
            Some(Ok(Raw::SuffixK((t, p)))) => {
                names::constant_by_token(t, p).map(names::constant_words)
            }
            _ => None,
        };
        words.unwrap_or(end - self.i)
    }

    fn longest_name(&self, from: usize, end: usize) -> Option<crate::names::PhraseMatch> {
        self.names
            .longest_match((from..end).map(|k| &self.src[self.raw[k].1.range()]))
    }

    /// Resolves the words `self.i..end` from the left, emitting one token and
    /// advancing `self.i` past the words it took.
    fn word_group(&mut self, end: usize) {
        let first = self.span(self.i);
        let suffixed = self.suffixed(end);
        if std::mem::take(&mut self.line.member_next) {
            self.i += 1;
            return self.push(Tok::Ident(self.text(first)), first);
        }
        if self.line.plain_words {
            // Declarations read names and types as written (`cs:C1710.Person` is `cs`).
            if suffixed {
                let name_span = first.to(self.span(end - 1));
                self.i = end + 1;
                return self.push(
                    Tok::Ident(self.text(name_span)),
                    name_span.to(self.span(end)),
                );
            }
            self.i += 1;
            return self.push(Tok::Ident(self.text(first)), first);
        }
        // The longest name from here, once known (it is looked up at most once).
        let mut longest = None;
        if self.line.at_start {
            // A keyword, unless a longer name starts here (`USE SET` is a command).
            let cover = if suffixed {
                // The tokenized name is the run's last words; it competes with a
                // keyword only if it starts where the keyword does.
                let words = self.tokenized_words(end);
                if end.saturating_sub(words) <= self.i {
                    words.max(end - self.i)
                } else {
                    0
                }
            } else {
                let at = self.i;
                let m = self.longest_name(at, end);
                longest = Some((at, m));
                m.map_or(0, |m| m.words)
            };
            if self.keyword(end, cover) {
                return;
            }
        }
        if self.line.keyword == Some(Kw::ForEach)
            && self.line.for_each_closed
            && self.line.depth == 0
        {
            let w = self.text(first);
            let kw = if w.eq_ignore_ascii_case("until") {
                Some(Kw::Until)
            } else if w.eq_ignore_ascii_case("while") {
                Some(Kw::While)
            } else {
                None
            };
            if let Some(kw) = kw {
                self.i += 1;
                return self.push(Tok::Kw(kw), first);
            }
        }
        // A tokenized name: the rest of the run is the name, whatever its text.
        if suffixed {
            let suffix_span = self.span(end);
            let name_span = first.to(self.span(end - 1));
            let name = self.text(name_span);
            let tok = match self.kind(end) {
                Some(Ok(Raw::SuffixC(n))) => names::command_by_number(n)
                    .or_else(|| names::command_by_name(name))
                    .map_or(Tok::Unavailable, Tok::Command),
                Some(Ok(Raw::SuffixK((theme, pos)))) => names::constant_by_token(theme, pos)
                    .or_else(|| names::constant_by_name(name))
                    .map_or(Tok::Unavailable, Tok::Constant),
                _ => Tok::Unavailable,
            };
            self.i = end + 1;
            return self.push(tok, name_span.to(suffix_span));
        }
        let found = match longest {
            // Unless modifiers were read meanwhile, it is the name found above.
            Some((at, m)) if at == self.i => m,
            _ => self.longest_name(self.i, end),
        };
        if let Some(m) = found {
            // A known name followed by words that start no name: the whole run
            // is a name fourd does not know (`Log Writer`, a project constant).
            let rest = self.i + m.words;
            if rest < end
                && self.kind(rest) == Some(Ok(Raw::Word))
                && self.longest_name(rest, end).is_none()
            {
                let span = first.to(self.span(end - 1));
                self.i = end;
                return self.push(Tok::Ident(self.text(span)), span);
            }
            let span = first.to(self.span(self.i + m.words - 1));
            self.i += m.words;
            let tok = match m.kind {
                NameKind::SystemVariable => Tok::Ident(self.text(span)),
                NameKind::Command(c) => Tok::Command(c),
                NameKind::Method(i) => Tok::Method(i),
                NameKind::Constant(c) => Tok::Constant(c),
            };
            return self.push(tok, span);
        }
        // Several words that start with an unknown one: one unknown name (a
        // component's method or constant, `SearchPicker SET HELP TEXT`,
        // `OT Is Character`). Two names side by side are never valid otherwise.
        if end - self.i >= 2 {
            let span = first.to(self.span(end - 1));
            self.i = end;
            return self.push(Tok::Ident(self.text(span)), span);
        }
        self.i += 1;
        self.push(Tok::Ident(self.text(first)), first)
    }

    fn word_is(&self, k: usize, end: usize, w: &str) -> bool {
        k < end && self.text(self.span(k)).eq_ignore_ascii_case(w)
    }

    /// Recognises a keyword phrase at the start of a statement, unless a name
    /// of more than `cover` words starts there. Returns whether it emitted one.
    fn keyword(&mut self, end: usize, cover: usize) -> bool {
        // Modifiers count only in front of `Function` or `Class constructor`.
        let mut k = self.i;
        let mut mods = Vec::new();
        while k < end {
            let w = self.text(self.span(k));
            // Every modifier starts with `l`, `s` or `e`.
            if !matches!(w.as_bytes()[0] | 0x20, b'l' | b's' | b'e') {
                break;
            }
            match MODIFIERS.iter().find(|(m, _)| w.eq_ignore_ascii_case(m)) {
                Some(&(_, m)) => mods.push((Kw::Modifier(m), self.span(k))),
                None => break,
            }
            k += 1;
        }
        if !mods.is_empty() {
            let before_function = self.word_is(k, end, "function")
                || (self.word_is(k, end, "class") && self.word_is(k + 1, end, "constructor"));
            if !before_function {
                return false;
            }
            for (kw, span) in mods {
                self.push(Tok::Kw(kw), span);
            }
            self.i = k;
        }
        let first = self.text(self.span(self.i)).as_bytes();
        let initial = first[0].to_ascii_lowercase().wrapping_sub(b'a') as usize;
        let (from, to) = KEYWORDS_BY_INITIAL.get(initial).copied().unwrap_or((0, 0));
        for &(words, kw) in &KEYWORDS[from..to] {
            let n = words.len();
            // The first word's length rules out most phrases at once.
            if first.len() != words[0].len()
                || self.i + n > end
                || !words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| self.word_is(self.i + j, end, w))
            {
                continue;
            }
            // `Alias name path` needs its words; a lone `Alias` is a variable.
            if (kw == Kw::Alias && self.i + n >= end) || n < cover {
                continue;
            }
            let span = self.span(self.i).to(self.span(self.i + n - 1));
            self.i += n;
            self.line.keyword = Some(kw);
            if matches!(
                kw,
                Kw::Var
                    | Kw::Function
                    | Kw::ClassConstructor
                    | Kw::ClassExtends
                    | Kw::Property
                    | Kw::Alias
            ) {
                self.line.plain_words = true;
            }
            self.push(Tok::Kw(kw), span);
            return true;
        }
        if self.word_is(self.i, end, "begin") && self.word_is(self.i + 1, end, "sql") {
            self.sql_block();
            return true;
        }
        false
    }

    /// `Begin SQL` … `End SQL`: the body is kept as opaque text.
    fn sql_block(&mut self) {
        let begin = self.span(self.i).to(self.span(self.i + 1));
        let body_start = begin.end as usize;
        let rest = &self.src[body_start..];
        let mut offset = 0;
        let mut found = None;
        for line in rest.split_inclusive(['\n', '\r']) {
            let trimmed = line.trim_start_matches([' ', '\t']);
            let mut words = trimmed.split([' ', '\t']).filter(|w| !w.is_empty());
            let (a, b) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
            let b = b.trim_end_matches(['\r', '\n']);
            if offset > 0
                && a.eq_ignore_ascii_case("end")
                && b.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("sql"))
            {
                let end_line = body_start + offset + line.trim_end_matches(['\r', '\n']).len();
                found = Some((body_start + offset, end_line));
                break;
            }
            offset += line.len();
        }
        let (body_end, resume) = match found {
            Some(f) => f,
            None => {
                self.error(begin, "Begin SQL without End SQL");
                (self.src.len(), self.src.len())
            }
        };
        let body = Span::new(body_start, body_end);
        self.push(
            Tok::Sql(self.text(body)),
            begin.to(Span::new(resume, resume)),
        );
        // Skip the raw tokens of the body; re-read if one straddles the end.
        while self.i < self.raw.len() && (self.raw[self.i].1.start as usize) < resume {
            if self.raw[self.i].1.end as usize > resume {
                self.raw.truncate(self.i);
                raw_tokens(self.src, resume, &mut self.raw);
                break;
            }
            self.i += 1;
        }
    }

    /// `[Table]Field`, `[Table:2]`, `[Table:2]Field:3`: emits the table (and field)
    /// tokens and returns true, or returns false when `[` opens something else.
    fn table_reference(&mut self, open: Span) -> bool {
        let start = self.i;
        let end = self.word_run();
        if end == start {
            return false;
        }
        let name_span = self.span(start).to(self.span(end - 1));
        let mut j = end;
        let tokenized =
            self.kind(j) == Some(Ok(Raw::Colon)) && self.kind(j + 1) == Some(Ok(Raw::Number));
        if tokenized {
            j += 2;
        }
        if self.kind(j) != Some(Ok(Raw::RBracket)) {
            return false;
        }
        let close = j;
        let field_follows =
            self.kind(close + 1) == Some(Ok(Raw::Word)) && self.adjacent(close, close + 1);
        if !tokenized && !field_follows {
            return false;
        }
        self.push(Tok::Table(self.text(name_span)), open.to(self.span(close)));
        self.i = close + 1;
        if field_follows {
            self.i = close + 1;
            let run_end = self.word_run();
            let tokenized_field = self.kind(run_end) == Some(Ok(Raw::Colon))
                && self.kind(run_end + 1) == Some(Ok(Raw::Number))
                && self.adjacent(run_end - 1, run_end);
            // Field names may contain spaces (identifiers.md): take the whole run.
            let field_span = self.span(self.i).to(self.span(run_end - 1));
            let full = if tokenized_field {
                field_span.to(self.span(run_end + 1))
            } else {
                field_span
            };
            self.push(Tok::Field(self.text(field_span)), full);
            self.i = if tokenized_field {
                run_end + 2
            } else {
                run_end
            };
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        let names = Box::leak(Box::new(NameTable::with_methods(["fib", "My Method"])));
        let lexed = lex(src, names);
        assert!(lexed.errors.is_empty(), "{:?}", lexed.errors);
        lexed.tokens.into_iter().map(|(t, _)| t).collect()
    }

    fn cmd(name: &str) -> Tok<'static> {
        Tok::Command(names::command_by_name(name).unwrap())
    }

    #[test]
    fn multi_word_names() {
        let c = Tok::Constant(names::constant_by_name("4D Write license").unwrap());
        assert_eq!(
            toks("SET PLUGIN ACCESS(4D Write license; \"plugins\")"),
            vec![
                cmd("SET PLUGIN ACCESS"),
                Tok::LParen,
                c,
                Tok::Semi,
                Tok::Text("plugins"),
                Tok::RParen,
                Tok::Newline
            ]
        );
        assert_eq!(toks("$x:=Current date+1")[2], cmd("Current date"));
        assert_eq!(toks("My  Method(1)")[0], Tok::Method(1));
        assert_eq!(toks("Current")[0], Tok::Ident("Current"));
    }

    #[test]
    fn tokenized_names_resolve_by_number() {
        assert_eq!(toks("ALERTE:C41(\"x\")")[0], cmd("ALERT"));
        assert_eq!(
            toks("$t:=Is text:K8:3")[2],
            Tok::Constant(names::constant_by_name("Is text").unwrap())
        );
        assert_eq!(toks("PV PRINT:P13000:229($a)")[0], Tok::Unavailable);
        assert_eq!(
            toks("x:=[People:2]Name:3")[2..4],
            [Tok::Table("People"), Tok::Field("Name")]
        );
        assert_eq!(
            toks("x:=[People]Last name")[2..5],
            [Tok::Table("People"), Tok::Field("Last name"), Tok::Newline]
        );
    }

    #[test]
    fn keywords_only_at_statement_start() {
        assert_eq!(toks("End  for each ")[0], Tok::Kw(Kw::EndForEach));
        assert_eq!(toks("end \\\n  if")[0], Tok::Kw(Kw::EndIf));
        assert_eq!(
            toks("For each ($e; $c) Until ($x)")[..2],
            [Tok::Kw(Kw::ForEach), Tok::LParen]
        );
        assert!(toks("For each ($e; $c) Until ($x)").contains(&Tok::Kw(Kw::Until)));
        assert_eq!(toks("$o.length")[2], Tok::Ident("length"));
        assert_eq!(toks("$p->length")[2], Tok::Ident("length"));
        assert_eq!(toks("$x:=->Length")[2..4], [Tok::Arrow, cmd("Length")]);
        assert_eq!(
            toks("shared Function get size() : Integer")[..4],
            [
                Tok::Kw(Kw::Modifier(Modifier::Shared)),
                Tok::Kw(Kw::Function),
                Tok::Ident("get"),
                Tok::Ident("size")
            ]
        );
        assert_eq!(toks("var $d : Date")[3], Tok::Ident("Date"));
        assert_eq!(toks("var $d:=Current date")[3], cmd("Current date"));
    }

    #[test]
    fn sql_blocks_are_opaque() {
        let t = toks("Begin SQL\n SELECT \"x\" /* FROM t\nEnd SQL\n$a:=1");
        assert!(matches!(t[0], Tok::Sql(s) if s.contains("SELECT")));
        assert_eq!(t[1..3], [Tok::Newline, Tok::Local("a")]);
    }

    #[test]
    fn sql_end_line_with_non_ascii_does_not_split_a_character() {
        // Found by fourd-fuzz: `End S…` with a multi-byte character third.
        let names = NameTable::default();
        let l = lex("Begin SQL\nEnd Si\u{fffd}l\nEnd SQL\n$a:=1", &names);
        assert!(l.errors.is_empty());
        assert!(matches!(l.tokens[0].0, Tok::Sql(s) if s.contains("Si")));
    }

    #[test]
    fn trailing_semicolon_and_params() {
        assert_eq!(
            toks("$1:=${2};"),
            vec![
                Tok::Param(1),
                Tok::Assign,
                Tok::DollarBrace,
                Tok::Number(2.0),
                Tok::RBrace,
                Tok::Newline
            ]
        );
    }

    #[test]
    fn the_token_buffer_is_reused() {
        let names = NameTable::default();
        let tokens = lex("$a:=1\n$b:=2", &names).tokens;
        let (ptr, cap) = (tokens.as_ptr() as usize, tokens.capacity());
        recycle_tokens(tokens);
        let again = lex("$c:=3", &names).tokens;
        assert_eq!((again.as_ptr() as usize, again.capacity()), (ptr, cap));
        assert_eq!(again[0].0, Tok::Local("c"));
    }

    #[test]
    fn pragmas_make_regions() {
        let names = NameTable::default();
        let l = lex("a\n//%T-\nb\n//%T+\nc", &names);
        assert_eq!(l.unchecked_regions.len(), 1);
    }

    #[test]
    fn long_lines_and_deep_ternaries_are_refused() {
        let names = NameTable::default();
        let src = format!("$a:={}1\n$b:=2", "1+".repeat(MAX_LINE_TOKENS));
        let l = lex(&src, &names);
        assert_eq!(l.errors.len(), 1);
        assert!(l.tokens.len() <= MAX_LINE_TOKENS + 8);
        assert_eq!(l.tokens[l.tokens.len() - 4].0, Tok::Local("b"));
        let src = format!("$a:={}1", "1?1:".repeat(MAX_TERNARIES + 1));
        assert_eq!(lex(&src, &names).errors.len(), 1);
        let src = format!("$a:={}1", "1?1:".repeat(MAX_TERNARIES));
        assert!(lex(&src, &names).errors.is_empty());
    }

    #[test]
    fn deep_brackets_are_refused() {
        let names = NameTable::default();
        let src = format!("$a:={}1{}", "(".repeat(100_000), ")".repeat(100_000));
        let l = lex(&src, &names);
        assert_eq!(l.errors.len(), 1);
    }
}
