//! The only file that formats diagnostics: one-line plain form (golden tests,
//! `--quiet`), ariadne reports (terminals) and JSON objects (`--json`).

use super::{Code, Diagnostic, Severity};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU8, Ordering};

fn code_text(code: &Code) -> String {
    match code {
        Code::Runtime { code, signature } => format!("{code} ({signature}):"),
        Code::Check(name) => format!("[{name}]:"),
        Code::Startup => "[startup]:".to_string(),
    }
}

/// When reports, diffs and the REPL are coloured: the `--color` option of
/// every subcommand (CI logs want `always`, files want `never`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set (no-color.org).
    Auto,
    Always,
    Never,
}

/// The process's choice, set once from the command line ([`set_color_choice`]):
/// 0 auto, 1 always, 2 never.
static CHOICE: AtomicU8 = AtomicU8::new(0);

/// Records `--color` for every later [`use_color`].
pub fn set_color_choice(choice: ColorChoice) {
    let n = match choice {
        ColorChoice::Auto => 0,
        ColorChoice::Always => 1,
        ColorChoice::Never => 2,
    };
    CHOICE.store(n, Ordering::Relaxed);
}

/// Whether text written to a stream is coloured: as `--color` says; by
/// default only on a terminal, and not when `NO_COLOR` is set (no-color.org).
pub fn use_color(stream: &impl std::io::IsTerminal) -> bool {
    match CHOICE.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => stream.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// `file:line:col: error -30008 (4DRT): message` — one line, stable, no colour.
pub fn render_plain(d: &Diagnostic) -> String {
    let mut out = String::new();
    if let (Some(file), Some((line, col))) = (&d.file, d.line_col()) {
        let _ = write!(out, "{}:{line}:{col}: ", file.path.display());
    }
    let _ = write!(
        out,
        "{} {} {}",
        d.severity.as_str(),
        code_text(&d.code),
        d.message
    );
    for note in &d.notes {
        let _ = write!(out, "\n  {note}");
    }
    out
}

/// A full ariadne report: the source line with the span underlined, secondary
/// labels, and the notes.
pub fn render_report(d: &Diagnostic, color: bool) -> String {
    let Some(file) = &d.file else {
        return render_plain(d);
    };
    let name = file.path.display().to_string();
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let (line, col) = file.line_col(d.span.start);
    let mut report = Report::build(kind, (name.clone(), d.span.range()))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(format!(
            "{}:{line}:{col}: {} {} {}",
            name,
            d.severity.as_str(),
            code_text(&d.code),
            d.message
        ))
        .with_label(
            Label::new((name.clone(), d.span.range()))
                .with_message(&d.message)
                .with_color(Color::Red),
        );
    let mut sources = vec![(name.clone(), file.text.clone())];
    for (lfile, span, text) in &d.labels {
        let lname = lfile
            .as_ref()
            .map_or(name.clone(), |f| f.path.display().to_string());
        if let Some(f) = lfile
            && !sources.iter().any(|(n, _)| *n == lname)
        {
            sources.push((lname.clone(), f.text.clone()));
        }
        report = report.with_label(
            Label::new((lname, span.range()))
                .with_message(text)
                .with_color(Color::Yellow),
        );
    }
    for note in &d.notes {
        report = report.with_note(note);
    }
    let mut buf = Vec::new();
    let _ = report.finish().write(ariadne::sources(sources), &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    crate::json::write_string(&mut out, s);
    out
}

/// One JSON object per diagnostic, shaped like an entry of 4D's
/// `Compile project` result: `{"file", "line", "column", "isError", "severity",
/// "code", "message"}`.
pub fn render_json(d: &Diagnostic) -> String {
    let (line, col) = d.line_col().unwrap_or((0, 0));
    let file = d
        .file
        .as_ref()
        .map(|f| f.path.display().to_string())
        .unwrap_or_default();
    let code = match &d.code {
        Code::Runtime { code, .. } => code.to_string(),
        Code::Check(name) => json_string(name),
        Code::Startup => json_string("startup"),
    };
    format!(
        "{{\"file\":{},\"line\":{line},\"column\":{col},\"isError\":{},\"severity\":{},\"code\":{code},\"message\":{}}}",
        json_string(&file),
        d.is_error(),
        json_string(d.severity.as_str()),
        json_string(&d.message)
    )
}
