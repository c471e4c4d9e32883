//! The raw lexer: the raw tokens of a `.4dm` file, as logos reads them. Names
//! are still single words here: joining `SET PLUGIN ACCESS` into one command is
//! the resolver's job (`resolve/`), because it needs the name tables and the
//! surrounding tokens.

use crate::source::Span;
use logos::{Lexer, Logos};

/// Why a piece of text is not a token. Lexing never stops at one: the lexer turns
/// it into an error token and goes on, so every mistake of a file is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LexError {
    #[default]
    UnexpectedChar,
    UnterminatedString,
    /// A `\` ending a line inside a text literal (docs/language.md §2.5).
    ContinuedString,
    UnterminatedComment,
    HexTooLong,
}

impl LexError {
    /// The error message the resolver reports, with the span of the text.
    pub fn message(self) -> &'static str {
        match self {
            LexError::UnexpectedChar => "unexpected character",
            LexError::UnterminatedString => {
                "unterminated text literal: a closing \" is missing on this line"
            }
            LexError::ContinuedString => {
                "unterminated text literal: a text cannot be continued on the next line with \\"
            }
            LexError::UnterminatedComment => "unterminated comment: a closing */ is missing",
            LexError::HexTooLong => "hexadecimal literal with more than 8 digits",
        }
    }
}

/// One raw token. Blanks, line continuations and comments are skipped; line ends
/// are kept because a 4D statement ends with its line.
#[derive(Logos, Debug, Clone, Copy, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\f\u{a0}\u{feff}\u{200b}]+")]
#[logos(skip r"\\[ \t\f]*(\r\n|\r|\n)")]
#[logos(skip(r"`[^\r\n]*", allow_greedy = true))]
pub enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// `//%T-` (false) and `//%T+` (true); every other `//` comment is skipped.
    #[token("//", line_comment)]
    Pragma(bool),
    #[token("/*", block_comment)]
    BlockComment,

    /// A word; one may start with digits (`4D`, `000_Testing`) unless it reads
    /// as a number (`1e5`, `0xFF`).
    #[regex(r"[\p{L}_][\p{L}\p{N}\p{M}_]*")]
    #[regex(r"[0-9]+[\p{L}_][\p{L}\p{N}\p{M}_]*", priority = 1)]
    Word,
    #[regex(r"\$[\p{L}\p{N}\p{M}_]+")]
    Local,
    #[token("$")]
    Dollar,
    #[regex(r"(<>|◊)[\p{L}_][\p{L}\p{N}\p{M}_]*")]
    Interprocess,
    /// `<<>name`: less-than, then an interprocess variable (`$a<<>b`); not `<<`.
    #[regex(r"<<>[\p{L}_][\p{L}\p{N}\p{M}_]*")]
    LtInterprocess,
    /// `'` before a subfield name (`[Table]Field'Subfield`); anywhere else an
    /// unexpected character.
    #[token("'")]
    Apostrophe,

    #[regex(r"[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?", priority = 10)]
    Number,
    #[regex(r"0[xX][0-9a-fA-F]+", hex, priority = 10)]
    Hex(u32),
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*""#)]
    Str,
    #[regex(r#""([^"\\\r\n]|\\[^\r\n])*\\?"#, unterminated_string)]
    UnterminatedStr,
    #[regex(r"![^!\r\n]*!")]
    Date,
    #[regex(r"\?[0-9]+:[0-9]+:[0-9]+\?")]
    Time,

    /// `:C41` after a command name.
    #[regex(r":C[0-9]+", |lex| number(&lex.slice()[2..]))]
    SuffixC(u32),
    /// `:K8:3` after a constant name.
    #[regex(r":K[0-9]+:[0-9]+", |lex| pair(&lex.slice()[2..]))]
    SuffixK((u32, u32)),
    /// `:P13000:229` after a plug-in command name.
    #[regex(r":P[0-9]+:[0-9]+")]
    SuffixP,

    #[token(":=")]
    Assign,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token("->")]
    Arrow,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("\\")]
    Backslash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("=")]
    Eq,
    #[token("#")]
    #[token("≠")]
    NotEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    #[token("≤")]
    Le,
    #[token(">=")]
    #[token("≥")]
    Ge,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("^|")]
    CaretPipe,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("?+")]
    BitSet,
    #[token("?-")]
    BitClear,
    #[token("??")]
    BitTest,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
}

/// A raw token (or why the text there is not one) with its place in the file.
pub type RawTok = (Result<Raw, LexError>, Span);

/// Appends the raw tokens of `src` from byte `from` on.
// Inlined into the resolver as it was when both lived in one file: out of line,
// logos' state machine is split differently and `fourd check -j 1` of the
// 2,577-file corpus costs 0.55 % more instructions (callgrind).
#[inline]
pub fn scan(src: &str, from: usize, out: &mut Vec<RawTok>) {
    let mut lexer = Raw::lexer(&src[from..]);
    out.reserve((src.len() - from) / 4);
    while let Some(tok) = lexer.next() {
        let r = lexer.span();
        out.push((tok, Span::new(r.start + from, r.end + from)));
    }
}

/// A text literal with no closing quote on its line. When the line ends with
/// a `\` (blanks after it allowed) that no other backslash escapes, the
/// writer tried to continue the text on the next line: that line, up to its
/// closing quote, belongs to the same mistake and is not read as code.
fn unterminated_string(lex: &mut Lexer<Raw>) -> Result<(), LexError> {
    let body = lex.slice().trim_end_matches([' ', '\t']);
    let backslashes = body.len() - body.trim_end_matches('\\').len();
    let rest = lex.remainder();
    let line_end = if rest.starts_with("\r\n") {
        2
    } else if rest.starts_with(['\r', '\n']) {
        1
    } else {
        0
    };
    if backslashes.is_multiple_of(2) || line_end == 0 {
        return Err(LexError::UnterminatedString);
    }
    let next = &rest[line_end..];
    let next = &next[..next.find(['\r', '\n']).unwrap_or(next.len())];
    let mut taken = next.len();
    let mut escaped = false;
    for (i, c) in next.char_indices() {
        match c {
            '"' if !escaped => {
                taken = i + 1;
                break;
            }
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
    }
    lex.bump(line_end + taken);
    Err(LexError::ContinuedString)
}

fn pair(text: &str) -> (u32, u32) {
    let (a, b) = text.split_once(':').unwrap_or((text, ""));
    (number(a), number(b))
}

fn number(digits: &str) -> u32 {
    digits.parse().unwrap_or(u32::MAX)
}

fn hex(lex: &mut Lexer<Raw>) -> Result<u32, LexError> {
    let digits = &lex.slice()[2..];
    if digits.len() > 8 {
        return Err(LexError::HexTooLong);
    }
    u32::from_str_radix(digits, 16).map_err(|_| LexError::HexTooLong)
}

/// A `//` comment runs to the end of its line; when its last character is `\`
/// it also swallows the next line (docs/language.md §2.5), so commented-out wrapped
/// code stays a comment.
fn line_comment(lex: &mut Lexer<Raw>) -> logos::Filter<bool> {
    let rest = lex.remainder();
    let first_len = line_end(rest.as_bytes(), 0);
    let pragma = match rest[..first_len].trim_end() {
        "%T-" => Some(false),
        "%T+" => Some(true),
        _ => None,
    };
    let mut consumed = 0;
    let mut end = first_len;
    loop {
        // Only a `\` that is the line's very last character: a comment ending in
        // `\ ` (a Windows path, 4DPop-XLIFF's FILE_GetVolumeName) ends on its line.
        let continued = rest[consumed..end].ends_with('\\');
        if !continued || end == rest.len() {
            consumed = end;
            break;
        }
        let nl = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        consumed = end + nl;
        end = line_end(rest.as_bytes(), consumed);
    }
    lex.bump(consumed);
    match pragma {
        Some(on) => logos::Filter::Emit(on),
        None => logos::Filter::Skip,
    }
}

/// Where the line that `from` is on ends: the offset of the next `\n` or `\r`,
/// or the length. Eight bytes at a time: comments are a good part of real code.
fn line_end(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        if has_zero(v ^ (ONES * u64::from(b'\n'))) | has_zero(v ^ (ONES * u64::from(b'\r'))) != 0 {
            break;
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |n| i + n)
}

/// `/* … */`, nested as 4D allows: `/* a /* b */ c */` is one comment. A
/// `"…"` quotation inside the comment (on one line) hides the markers it contains,
/// as real files expect (`"//*[@name]"` in commented-out code).
fn block_comment(lex: &mut Lexer<Raw>) -> logos::FilterResult<(), LexError> {
    let bytes = lex.remainder().as_bytes();
    let mut depth = 1usize;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            let close = bytes[i + 1..]
                .iter()
                .position(|&b| matches!(b, b'"' | b'\n' | b'\r'));
            if let Some(k) = close.filter(|&k| bytes[i + 1 + k] == b'"') {
                i += k + 2;
                continue;
            }
        }
        if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                lex.bump(i);
                return logos::FilterResult::Skip;
            }
        } else {
            i += 1;
        }
    }
    lex.bump(bytes.len());
    logos::FilterResult::Error(LexError::UnterminatedComment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Result<Raw, LexError>> {
        Raw::lexer(src).collect()
    }

    #[test]
    fn words_locals_and_suffixes() {
        use Raw::*;
        assert_eq!(
            kinds("ALERT:C41($a)"),
            vec![Ok(Word), Ok(SuffixC(41)), Ok(LParen), Ok(Local), Ok(RParen)]
        );
        assert_eq!(
            kinds("Is text:K8:3"),
            vec![Ok(Word), Ok(Word), Ok(SuffixK((8, 3)))]
        );
        assert_eq!(kinds("<>x ◊y"), vec![Ok(Interprocess), Ok(Interprocess)]);
        assert_eq!(kinds("4D.File"), vec![Ok(Word), Ok(Dot), Ok(Word)]);
        assert_eq!(
            kinds("000_Testing 1e5 0x0F 4Dalert"),
            vec![Ok(Word), Ok(Number), Ok(Hex(15)), Ok(Word)]
        );
    }

    #[test]
    fn literals() {
        use Raw::*;
        assert_eq!(
            kinds(r#""a\"b" 1.5e3 0xFF"#),
            vec![Ok(Str), Ok(Number), Ok(Hex(255))]
        );
        assert_eq!(kinds("!2024-01-31! ?12:30:00?"), vec![Ok(Date), Ok(Time)]);
        assert_eq!(kinds(r#""abc"#), vec![Err(LexError::UnterminatedString)]);
        assert_eq!(
            kinds("\"abc \\ \n  def\" + 1"),
            vec![Err(LexError::ContinuedString), Ok(Plus), Ok(Number)]
        );
        assert_eq!(
            kinds("\"abc\\\\\nx"),
            vec![Err(LexError::UnterminatedString), Ok(Newline), Ok(Word)]
        );
        assert_eq!(kinds("0x123456789"), vec![Err(LexError::HexTooLong)]);
    }

    #[test]
    fn comments_and_continuations() {
        use Raw::*;
        assert_eq!(kinds("a /* x /* y */ z */ b"), vec![Ok(Word), Ok(Word)]);
        assert_eq!(kinds("a /* x \"/*\" y */ b"), vec![Ok(Word), Ok(Word)]);
        assert_eq!(
            kinds("a // c \\\n b\nc"),
            vec![Ok(Word), Ok(Newline), Ok(Word)]
        );
        assert_eq!(kinds("a \\\n  b"), vec![Ok(Word), Ok(Word)]);
        assert_eq!(kinds("//%T-\n"), vec![Ok(Pragma(false)), Ok(Newline)]);
        assert_eq!(kinds("/* open"), vec![Err(LexError::UnterminatedComment)]);
        assert_eq!(kinds("` old comment\nx"), vec![Ok(Newline), Ok(Word)]);
        assert_eq!(kinds("5\\2"), vec![Ok(Number), Ok(Backslash), Ok(Number)]);
    }
}
