//! The token vocabulary: what the parser reads ([`Tok`]), once the resolver
//! (`resolve/`) has joined raw words into 4D's names and recognised keywords.
//! The keyword and modifier phrases, as 4D spells them, are listed here too.

pub use super::op::BinOp;
use crate::conv::date::Date4D;
use crate::names::{self, CommandId, ConstantId};

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

/// The modifiers, lower-case; each starts with `l`, `s` or `e`.
const MODIFIERS: &[(&str, Modifier)] = &[
    ("local", Modifier::Local),
    ("shared", Modifier::Shared),
    ("exposed", Modifier::Exposed),
    ("singleton", Modifier::Singleton),
    ("session", Modifier::Session),
    ("server", Modifier::Server),
];

/// The keyword phrases whose first word starts with `initial` (any case),
/// longest first where one phrase starts another.
#[inline]
pub(super) fn keyword_phrases(initial: u8) -> &'static [(&'static [&'static str], Kw)] {
    let letter = initial.to_ascii_lowercase().wrapping_sub(b'a') as usize;
    let (from, to) = KEYWORDS_BY_INITIAL.get(letter).copied().unwrap_or((0, 0));
    &KEYWORDS[from..to]
}

/// The modifier `word` is (compared case-insensitively), if any.
#[inline]
pub(super) fn modifier(word: &str) -> Option<Modifier> {
    // Every modifier starts with `l`, `s` or `e`: most words stop here.
    if !matches!(
        word.as_bytes().first().map(|b| b | 0x20),
        Some(b'l' | b's' | b'e')
    ) {
        return None;
    }
    MODIFIERS
        .iter()
        .find(|(m, _)| word.eq_ignore_ascii_case(m))
        .map(|&(_, m)| m)
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
