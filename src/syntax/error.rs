//! Errors of the front end, as values with spans. `diag` turns them into reports.

use crate::source::Span;

/// One mistake in a source file: where, what, and optional extra labels (for
/// example the `If` that a missing `End if` leaves open).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub labels: Vec<(Span, String)>,
}

impl SyntaxError {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        SyntaxError {
            span,
            message: message.into(),
            labels: Vec::new(),
        }
    }

    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push((span, text.into()));
        self
    }
}
