//! One entry of the REPL (or `fourd eval`): read, check, compile, run, and say
//! what to print. Kept apart from the line editor so transcripts are testable.

use crate::check::parse_unit;
use crate::diag::{Code, Diagnostic};
use crate::eval::{Interp, display};
use crate::project::{Unit, UnitKind};
use crate::source::SourceFile;
use crate::syntax::ast::{ExprKind, StmtKind};

/// What an entry gave.
#[derive(Debug)]
pub enum EntryResult {
    /// An expression's value, as the REPL shows it.
    Value(String),
    /// Statements ran; nothing to show.
    Done,
    /// The entry needs more lines (an open block, bracket or `\`).
    Incomplete,
    /// It failed: check errors (false) or a runtime error (true).
    Errors(Vec<Diagnostic>, bool),
}

/// Bracket depth at the end of a text (open `(`, `[`, `{` not yet closed).
fn bracket_depth(text: &str) -> i64 {
    let names = crate::names::NameTable::default();
    let lexed = crate::syntax::lex(text, &names);
    if !lexed.errors.is_empty() {
        // A text the lexer refuses is complete: its error is reported.
        return 0;
    }
    let mut depth: i64 = 0;
    for (tok, _) in &lexed.tokens {
        use crate::syntax::token::Tok;
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::DollarBrace => depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Adds a line to an entry being typed. Inside open brackets the line break
/// becomes a continuation, as if the user had typed `\`.
pub fn push_line(buffer: &mut String, line: &str) {
    if buffer.ends_with('\n') && bracket_depth(buffer) > 0 {
        buffer.pop();
        buffer.push_str(" \\\n");
    }
    buffer.push_str(line);
    buffer.push('\n');
}

/// Is this text the beginning of something longer? The parser decides: an open
/// block, an open bracket, or a line continuation.
pub fn is_incomplete(text: &str) -> bool {
    if text.trim_end().ends_with('\\') {
        return true;
    }
    if bracket_depth(text) > 0 {
        return true;
    }
    let file = SourceFile::new("<entry>", text.to_string());
    let names = crate::names::NameTable::default();
    let lexed = crate::syntax::lex(&file.text, &names);
    let (_, errors) = crate::syntax::parser::parse(&file.text, lexed);
    !errors.is_empty()
        && errors
            .iter()
            .all(|e| e.message.contains("is never closed") || e.message.contains("without End SQL"))
}

fn is_call(e: &ExprKind) -> bool {
    matches!(
        e,
        ExprKind::Command { .. }
            | ExprKind::Method { .. }
            | ExprKind::MemberCall { .. }
            | ExprKind::UnknownCall { .. }
            | ExprKind::CallValue { .. }
    )
}

/// Runs one entry in the interpreter's session.
pub fn eval_entry(interp: &mut Interp, text: &str, name: &str) -> EntryResult {
    if is_incomplete(text) {
        return EntryResult::Incomplete;
    }
    let source = SourceFile::new(name, text.to_string());
    let unit = Unit {
        kind: UnitKind::Method,
        name: name.to_string(),
        source: source.clone(),
    };
    let parsed = parse_unit(&unit, &interp.program.names);
    let expression = match parsed.ast.body.as_slice() {
        [.., last] => match &last.kind {
            StmtKind::Expr(e) => Some((e.span, !is_call(&e.kind))),
            _ => None,
        },
        _ => None,
    };
    // A bare expression is what a REPL entry is for: not an error here.
    let errors: Vec<Diagnostic> = parsed
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error())
        .filter(|d| {
            !(d.code == Code::Check("statement")
                && expression.is_some_and(|(span, bare)| bare && span == d.span))
        })
        .collect();
    if !errors.is_empty() {
        return EntryResult::Errors(errors, false);
    }
    let method = interp.program.compile_entry(&parsed.ast.body, &source);
    match interp.run_entry(method) {
        Ok(Some(v)) => match v {
            crate::eval::Value::Undefined if !expression.is_some_and(|(_, bare)| bare) => {
                EntryResult::Done
            }
            v => EntryResult::Value(display::display(&v)),
        },
        Ok(None) => EntryResult::Done,
        Err(e) => {
            if Interp::is_abort(&e) {
                return EntryResult::Done;
            }
            EntryResult::Errors(vec![crate::runner::error_diagnostic(&e)], true)
        }
    }
}
