//! JSON text from a [`Json`] tree: compact, or indented for people.
//!
//! Like the reader, the writer walks an explicit stack, so a tree of any depth built by code
//! is written without risk to the native stack.

use super::{Json, JsonKind};
use std::fmt::Write;

/// Compact JSON text (no spaces), as a program would exchange it.
pub fn to_string(json: &Json) -> String {
    write_json(json, None)
}

/// JSON text indented by two spaces per level, as `fourd session --json` shows it.
pub fn to_string_pretty(json: &Json) -> String {
    write_json(json, Some("  "))
}

/// What remains to be written of one open array or object.
enum Step<'j> {
    Value(&'j Json, usize),
    Key(&'j str),
    Text(&'static str),
    /// A line break and the indentation of the given level (nothing in compact mode).
    Break(usize),
}

fn write_json(root: &Json, indent: Option<&str>) -> String {
    let mut out = String::new();
    let mut todo = vec![Step::Value(root, 0)];
    while let Some(step) = todo.pop() {
        match step {
            Step::Text(t) => out.push_str(t),
            Step::Key(k) => {
                write_string(&mut out, k);
                out.push_str(if indent.is_some() { ": " } else { ":" });
            }
            Step::Break(level) => {
                if let Some(unit) = indent {
                    out.push('\n');
                    for _ in 0..level {
                        out.push_str(unit);
                    }
                }
            }
            Step::Value(json, level) => match &json.kind {
                JsonKind::Null => out.push_str("null"),
                JsonKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                JsonKind::Number(n) => write_number(&mut out, *n),
                JsonKind::String(s) => write_string(&mut out, s),
                JsonKind::Array(items) if items.is_empty() => out.push_str("[]"),
                JsonKind::Object(members) if members.is_empty() => out.push_str("{}"),
                JsonKind::Array(items) => {
                    out.push('[');
                    // Pushed in reverse so they pop in order.
                    todo.push(Step::Text("]"));
                    todo.push(Step::Break(level));
                    for (i, item) in items.iter().enumerate().rev() {
                        todo.push(Step::Value(item, level + 1));
                        todo.push(Step::Break(level + 1));
                        if i > 0 {
                            todo.push(Step::Text(","));
                        }
                    }
                }
                JsonKind::Object(members) => {
                    out.push('{');
                    todo.push(Step::Text("}"));
                    todo.push(Step::Break(level));
                    for (i, member) in members.iter().enumerate().rev() {
                        todo.push(Step::Value(&member.value, level + 1));
                        todo.push(Step::Key(&member.key));
                        todo.push(Step::Break(level + 1));
                        if i > 0 {
                            todo.push(Step::Text(","));
                        }
                    }
                }
            },
        }
    }
    out
}

/// Integers print without a fraction; non-finite values, which JSON cannot hold, print `null`.
fn write_number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
    } else if n == n.trunc() && n.abs() < 1e21 {
        let _ = write!(out, "{n:.0}");
    } else {
        let _ = write!(out, "{n}");
    }
}

/// Appends `s` as a JSON string literal: quotes, backslashes and control
/// characters escaped. The one JSON string writer of fourd.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{C}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
