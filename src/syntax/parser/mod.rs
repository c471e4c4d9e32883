//! The parser: resolved tokens → syntax tree, with chumsky.
//!
//! Each logical line is parsed on its own (`line.rs`, expressions in `expr.rs`);
//! a line that fails is reported and skipped, so one file with several mistakes
//! reports each of them. `blocks.rs` then nests the lines into blocks.
//!
//! A file is read in two passes. The first only learns whether the file has a
//! mistake, and builds the tree when it has none (most files): the common
//! lines are read straight from the tokens by `fast.rs`, which follows the
//! chumsky grammar step by step and leaves to it (with `EmptyErr`, dispatching
//! on tokens) every line it does not take. Only a file with a mistake is read
//! again, by the chumsky grammar alone with [`Rich`] errors, for the messages
//! and the recovery. The tests (`tests.rs`) hold the two readings to each other.

mod blocks;
mod expr;
mod fast;
mod line;
#[cfg(test)]
mod tests;

pub use blocks::MAX_NESTING;
pub use expr::MAX_CHAIN;

use crate::source::Span;
use crate::syntax::Lexed;
use crate::syntax::ast::FileAst;
use crate::syntax::error::SyntaxError;
use crate::syntax::token::Tok;
use chumsky::input::{Input as _, ValueInput};
use chumsky::prelude::*;
use line::Line;

/// The error types the parsers can produce: [`Rich`] when a file has mistakes
/// to describe, [`EmptyErr`] for the fast first pass that only learns whether it
/// has any (tracking what was expected at every position is most of chumsky's
/// cost).
///
/// The fast pass ([`ParseError::FAST`]) dispatches on the next token where the
/// full grammar tries alternatives in turn (`choice`). Where the alternatives
/// start with different tokens the two accept the same lines and build the same
/// trees; only what a failure says differs, and a failure of the fast pass is
/// only ever used to learn that the file has a mistake: the `Rich` pass then
/// parses the file again with the alternatives, for the messages.
pub(crate) trait ParseError<'t, 's: 't, I: TokInput<'t, 's>>:
    chumsky::error::LabelError<'t, I, &'static str> + chumsky::error::Error<'t, I>
{
    /// The error-free fast pass: dispatch on tokens instead of trying alternatives.
    const FAST: bool;

    fn custom(span: Span, message: impl ToString) -> Self;
}

impl<'t, 's: 't, I: TokInput<'t, 's>> ParseError<'t, 's, I> for Rich<'t, Tok<'s>, Span> {
    const FAST: bool = false;

    fn custom(span: Span, message: impl ToString) -> Self {
        Rich::custom(span, message.to_string())
    }
}

impl<'t, 's: 't, I: TokInput<'t, 's>> ParseError<'t, 's, I> for EmptyErr {
    const FAST: bool = true;

    fn custom(_: Span, _: impl ToString) -> Self {
        EmptyErr::default()
    }
}

/// The token streams the parsers accept.
pub(crate) trait TokInput<'t, 's: 't>: ValueInput<'t, Token = Tok<'s>, Span = Span> {}
impl<'t, 's: 't, T: ValueInput<'t, Token = Tok<'s>, Span = Span>> TokInput<'t, 's> for T {}

/// The file as the `Rich` pass reads it: every line, a line that does not
/// parse reported and skipped.
fn file_parser<'t, 's: 't, I: TokInput<'t, 's>, E: ParseError<'t, 's, I> + 't>(
    src: &'s str,
) -> impl Parser<'t, I, Vec<(Line, Span)>, extra::Err<E>> {
    let line_end = just(Tok::Newline).ignored().or(end());
    let in_line = || any().and_is(just(Tok::Newline).not());
    // A line that does not parse is skipped; if it starts with a block keyword
    // it still opens, continues or closes its block (`line::broken`).
    let skip_line = in_line()
        .then(in_line().or_not())
        .then_ignore(in_line().repeated())
        .map_with(|(first, second), e| line::broken(first, second, e.span()));
    line::line(src)
        .then_ignore(line_end)
        .recover_with(via_parser(skip_line.then_ignore(line_end)))
        .map_with(|l, e| (l, e.span()))
        .repeated()
        .collect()
}

/// The file as the fast pass reads it: line after line, each by [`fast::Fast`]
/// or, where that gives up, by the chumsky line parser (built only for a file
/// that needs it), nested into blocks as they come. The pass only has to learn
/// whether the file has a mistake, so it stops at the first line that does not
/// parse, without recovering: the `Rich` pass then reads the whole file again
/// with [`file_parser`]. A file this pass reads without a mistake gets the same
/// lines from `file_parser`. The output is the tree and the block errors.
fn fast_file_parser<'t, 's: 't, I: TokInput<'t, 's>>(
    src: &'s str,
    toks: &'t [(Tok<'s>, Span)],
) -> impl Parser<'t, I, (FileAst, Vec<SyntaxError>), extra::Err<EmptyErr>> {
    let chumsky_line = std::cell::OnceCell::new();
    custom(move |inp| {
        let mut blocks = blocks::Builder::default();
        loop {
            let before = inp.cursor();
            let start = I::cursor_location(before.inner());
            if start >= toks.len() {
                let mut errors = Vec::new();
                let file = blocks.finish(&mut errors);
                return Ok((file, errors));
            }
            let mut fast = fast::Fast::new(toks, src, start);
            let line = match fast.line() {
                Some(line) => {
                    for _ in start..fast.pos {
                        inp.skip();
                    }
                    line
                }
                None => {
                    inp.parse(chumsky_line.get_or_init(|| line::line::<I, EmptyErr>(src).boxed()))?
                }
            };
            match inp.next() {
                None | Some(Tok::Newline) => {}
                Some(_) => return Err(EmptyErr::default()),
            }
            blocks.line(line, inp.span_since(&before));
        }
    })
}

/// Describes a chumsky error in 4D terms.
fn describe(src: &str, err: &Rich<'_, Tok<'_>, Span>) -> SyntaxError {
    use chumsky::error::RichReason;
    let span = *err.span();
    let message = match err.reason() {
        RichReason::Custom(msg) => msg.to_string(),
        RichReason::ExpectedFound { found, expected } => {
            let found = match found.as_deref() {
                Some(
                    t @ (Tok::Newline
                    | Tok::Command(_)
                    | Tok::Constant(_)
                    | Tok::Number(_)
                    | Tok::Text(_)),
                ) => t.to_string(),
                // Names and keywords as written: "unexpected '$w'", not "'variable'".
                Some(
                    Tok::Kw(_)
                    | Tok::Local(_)
                    | Tok::Param(_)
                    | Tok::Interprocess(_)
                    | Tok::Method(_)
                    | Tok::Unavailable
                    | Tok::Table(_)
                    | Tok::Field(_),
                ) => format!("'{}'", src.get(span.range()).unwrap_or_default()),
                Some(t) => format!("'{t}'"),
                None => "end of line".to_string(),
            };
            // A line ends at a line break or at the end of the file: one thing to a reader.
            let mut expected: Vec<String> = expected
                .iter()
                .map(|p| match p.to_string().as_str() {
                    "'end of line'" | "end of input" => "end of line".to_string(),
                    other => other.to_string(),
                })
                .collect();
            // The end of the line first: it is what a reader most often missed.
            expected.sort_by_key(|e| (e != "end of line", e.clone()));
            expected.dedup();
            expected.retain(|e| e != "something else");
            if expected.is_empty() {
                format!("unexpected {found}")
            } else {
                if expected.len() > 6 {
                    expected.truncate(6);
                    expected.push("…".to_string());
                }
                format!("unexpected {found}, expected {}", expected.join(", "))
            }
        }
    };
    SyntaxError::new(span, message)
}

/// Parses a lexed file into its syntax tree. Errors of the lexer and the parser
/// come back together, in source order; a line with a lexer error reports only
/// that error.
pub fn parse(src: &str, lexed: Lexed<'_>) -> (FileAst, Vec<SyntaxError>) {
    let Lexed {
        tokens, mut errors, ..
    } = lexed;
    let eoi = Span::new(src.len(), src.len());
    let input = tokens.as_slice().map(eoi, |(t, s)| (t, s));
    let fast = fast_file_parser(src, &tokens).parse(input);
    if !fast.has_errors()
        && let Some((file, block_errors)) = fast.into_output()
    {
        crate::syntax::recycle_tokens(tokens);
        errors.extend(block_errors);
        errors.sort_by_key(|e| e.span.start);
        return (file, errors);
    }
    let (lines, parse_errors) = file_parser::<_, Rich<'_, Tok<'_>, Span>>(src)
        .parse(input)
        .into_output_errors();
    let bad_lines: Vec<Span> = tokens
        .iter()
        .filter(|(t, _)| matches!(t, Tok::Error))
        .map(|(_, s)| *s)
        .collect();
    for err in &parse_errors {
        let e = describe(src, err);
        let same_line = bad_lines.iter().any(|b| {
            b.start <= e.span.start && line_of(src, b.start) == line_of(src, e.span.start)
        });
        if !same_line {
            errors.push(e);
        }
    }
    let file = blocks::assemble(lines.unwrap_or_default(), &mut errors);
    errors.sort_by_key(|e| e.span.start);
    (file, errors)
}

fn line_of(src: &str, offset: u32) -> usize {
    let upto = &src.as_bytes()[..(offset as usize).min(src.len())];
    upto.iter().filter(|&&b| b == b'\n' || b == b'\r').count()
}
