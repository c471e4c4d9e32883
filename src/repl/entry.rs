//! One entry of the REPL (or `fourd eval`): read, check, compile, run, and say
//! what to print. Kept apart from the line editor so transcripts are testable.

use crate::check::parse_unit;
use crate::diag::{Code, Diagnostic};
use crate::eval::{Interp, display};
use crate::project::{Unit, UnitKind};
use crate::source::SourceFile;
use crate::syntax::ast::{ExprKind, StmtKind};
use crate::syntax::error::SyntaxError;

/// What an entry gave.
#[derive(Debug)]
pub enum EntryResult {
    /// An expression's value, as the REPL shows it.
    Value(String),
    /// Statements ran; nothing to show.
    Done,
    /// The entry needs more lines (an open block or a trailing `\`).
    Incomplete,
    /// `ABORT` stopped it (no message; a failure for exit statuses).
    Aborted,
    /// It failed: check errors (false) or a runtime error (true).
    Errors(Vec<Diagnostic>, bool),
}

/// Whether a syntax error only says the text stops early: a block still open
/// at the end (no label: a closer of an outer block would add one) or a
/// `Begin SQL` without its `End SQL`. 4D has no multi-line expressions, so an
/// open bracket is not one of these.
pub fn is_open_block(e: &SyntaxError) -> bool {
    (e.message.contains("is never closed") && e.labels.is_empty())
        || e.message.contains("without End SQL")
}

/// The syntax errors of a text (lexer and parser).
pub fn syntax_errors(text: &str) -> Vec<SyntaxError> {
    let names = crate::names::NameTable::default();
    let lexed = crate::syntax::lex(text, &names);
    crate::syntax::parser::parse(text, lexed).1
}

/// Is this text the beginning of something longer? Only an open block or a
/// trailing `\` continues on the next line (an unclosed bracket is an error).
pub fn is_incomplete(text: &str) -> bool {
    if text.trim_end().ends_with('\\') {
        return true;
    }
    let errors = syntax_errors(text);
    !errors.is_empty() && errors.iter().all(is_open_block)
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
                return EntryResult::Aborted;
            }
            EntryResult::Errors(vec![crate::runner::error_diagnostic(&e)], true)
        }
    }
}
