//! Diagnostics: the one value every stage's errors become, and (in `render`)
//! the one place that turns them into text.

mod render;

pub use render::{
    ColorChoice, render_json, render_plain, render_report, set_color_choice, use_color,
};

use crate::source::{Source, Span};
use crate::syntax::error::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What a diagnostic is, as a code: 4D's error number with its component
/// signature for runtime errors, or a short name for the checker's findings.
#[derive(Debug, Clone, PartialEq)]
pub enum Code {
    /// A 4D error: number and component signature (`4DRT`, `ugmg`, `host`, …).
    Runtime { code: i32, signature: Box<str> },
    /// A finding of the front end or the checker, named (`syntax`, `preemptive`, …).
    Check(&'static str),
    /// A problem with the command line, a settings file or the file system.
    Startup,
}

/// A located message. `file` is `None` only for problems that belong to no file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    pub file: Option<Source>,
    pub span: Span,
    /// Secondary places, with what they are.
    pub labels: Vec<(Option<Source>, Span, String)>,
    /// Lines printed after the report (for example the call chain).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            file: None,
            span: Span::default(),
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    pub fn error(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message)
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message)
    }

    pub fn at(mut self, file: &Source, span: Span) -> Diagnostic {
        self.file = Some(file.clone());
        self.span = span;
        self
    }

    pub fn with_label(mut self, file: &Source, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push((Some(file.clone()), span, text.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// A syntax error of `file`.
    pub fn syntax(file: &Source, err: &SyntaxError) -> Diagnostic {
        let mut d =
            Diagnostic::error(Code::Check("syntax"), err.message.clone()).at(file, err.span);
        for (span, text) in &err.labels {
            d = d.with_label(file, *span, text.clone());
        }
        d
    }

    /// 1-based line and column of the main span, if there is a file.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        self.file.as_ref().map(|f| f.line_col(self.span.start))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}
