//! Values to text and back: `String()` of any value, `JSON Stringify` and
//! `JSON Parse`, and the way the REPL shows a value to a 4D developer.

use super::value::{OpaqueKind, Target, Value};
use crate::conv::{self, date_format};
use crate::json::{self, Json, JsonKind};
use std::rc::Rc;

/// `String(value)` with no format (docs/language.md §16).
pub fn to_text(v: &Value) -> String {
    match v {
        Value::Undefined => String::new(),
        Value::Null => "null".to_string(),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Value::Real(x) => conv::format_real(*x),
        Value::Text(t) => t.as_str().to_string(),
        Value::Date(d) => date_format::format_default(*d),
        Value::Time(t) => conv::time::format_default(*t),
        Value::Object(_) | Value::Collection(_) | Value::Formula(_) => stringify(v, false),
        Value::Pointer(p) => pointer_text(p),
        Value::Array(_) => "[array]".to_string(),
        Value::Opaque(OpaqueKind::Picture) => "[picture]".to_string(),
        Value::Blob(_) => "[blob]".to_string(),
    }
}

fn pointer_text(t: &Target) -> String {
    match t {
        Target::Local { name, .. } => format!("->{name}"),
        Target::Process { id } => format!("->#{id}"),
        Target::Interprocess { id } => format!("-><>#{id}"),
        Target::Element { array, index } => format!("{}{{{index}}}", pointer_text(array)),
        Target::Field { name } => format!("->{name}"),
    }
}

/// The JSON form of a value: compact, or indented with tabs (`*` of
/// `JSON Stringify`). Numbers as 4D writes them, dates as `"YYYY-MM-DD"`,
/// times as seconds, undefined properties left out; a pointer is written as
/// null (`JSON Stringify` itself resolves pointers: [`stringify_with`]).
pub fn stringify(v: &Value, pretty: bool) -> String {
    stringify_with(v, pretty, &mut |_| Value::Null)
}

/// [`stringify`], with `resolve` giving the value a pointer designates: the
/// docs' `JSON Stringify` evaluates pointers when it writes them.
pub fn stringify_with(
    v: &Value,
    pretty: bool,
    resolve: &mut dyn FnMut(&Target) -> Value,
) -> String {
    let mut w = JsonWriter {
        out: String::new(),
        pretty,
        resolve,
    };
    w.value(v, 0);
    w.out
}

struct JsonWriter<'a> {
    out: String,
    pretty: bool,
    resolve: &'a mut dyn FnMut(&Target) -> Value,
}

impl JsonWriter<'_> {
    fn value(&mut self, v: &Value, depth: usize) {
        if depth > 256 {
            self.out.push_str("null");
            return;
        }
        match v {
            Value::Undefined | Value::Null => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Real(x) => self.number(*x),
            Value::Text(t) => crate::json::write_string(&mut self.out, t.as_str()),
            Value::Date(d) => {
                let text = if d.is_null() {
                    String::new()
                } else {
                    date_format::format_ymd(*d)
                };
                crate::json::write_string(&mut self.out, &text);
            }
            Value::Time(t) => self.number(*t as f64),
            Value::Object(o) => {
                let o = o.borrow();
                let props: Vec<&(Rc<str>, Value)> = o
                    .props
                    .iter()
                    .filter(|(_, v)| !matches!(v, Value::Undefined))
                    .collect();
                self.out.push('{');
                for (i, (k, v)) in props.iter().enumerate() {
                    self.separator(i, depth + 1);
                    crate::json::write_string(&mut self.out, k);
                    self.out.push_str(if self.pretty { ": " } else { ":" });
                    self.value(v, depth + 1);
                }
                self.close(props.is_empty(), depth, '}');
            }
            Value::Collection(c) => {
                let c = c.borrow();
                self.out.push('[');
                for (i, v) in c.items.iter().enumerate() {
                    self.separator(i, depth + 1);
                    self.value(v, depth + 1);
                }
                self.close(c.items.is_empty(), depth, ']');
            }
            Value::Formula(_) => self.out.push_str("{}"),
            Value::Pointer(t) => {
                let target = (self.resolve)(t);
                let target = match target {
                    // A pointer to a pointer is not followed further.
                    Value::Pointer(_) => Value::Null,
                    other => other,
                };
                self.value(&target, depth + 1);
            }
            Value::Opaque(OpaqueKind::Picture) => {
                crate::json::write_string(&mut self.out, "[object Picture]")
            }
            Value::Array(_) | Value::Blob(_) => self.out.push_str("null"),
        }
    }

    fn number(&mut self, x: f64) {
        let x = if x == 0.0 { 0.0 } else { x };
        self.out.push_str(&conv::format_json_number(x));
    }

    /// Before the element `i` of an object or array at `depth`.
    fn separator(&mut self, i: usize, depth: usize) {
        if i > 0 {
            self.out.push(',');
        }
        if self.pretty {
            self.out.push('\n');
            self.indent(depth);
        }
    }

    fn close(&mut self, empty: bool, depth: usize, bracket: char) {
        if self.pretty && !empty {
            self.out.push('\n');
            self.indent(depth);
        }
        self.out.push(bracket);
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push('\t');
        }
    }
}

/// `JSON Parse`: objects keep their members in text order.
pub fn from_json(j: &Json) -> Value {
    match &j.kind {
        JsonKind::Null => Value::Null,
        JsonKind::Bool(b) => Value::Bool(*b),
        JsonKind::Number(x) => Value::Real(*x),
        // With 4D's default "date type" setting, a JSON string that is
        // exactly `"YYYY-MM-DD"` is read as a date (json-parse.md, dt_date.md).
        JsonKind::String(s) => match iso_date(s) {
            Some(d) => Value::Date(d),
            None => Value::text(s.as_str()),
        },
        JsonKind::Array(items) => Value::new_collection(items.iter().map(from_json).collect()),
        JsonKind::Object(members) => {
            let mut o = super::value::Object::default();
            for m in members {
                o.set(Rc::from(m.key.as_str()), from_json(&m.value));
            }
            Value::Object(Rc::new(std::cell::RefCell::new(o)))
        }
    }
}

/// A text that is exactly a valid `YYYY-MM-DD` date.
fn iso_date(s: &str) -> Option<conv::Date4D> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    let d = conv::Date4D::from_text(s);
    (!d.is_null()).then_some(d)
}

/// How the REPL and `fourd eval` show a value: texts quoted, objects and
/// collections as JSON, dates and times in 4D's literal form.
pub fn display(v: &Value) -> String {
    match v {
        Value::Undefined => "undefined".to_string(),
        Value::Text(t) => json::to_string(&Json::new(JsonKind::String(t.as_str().to_string()))),
        Value::Date(d) => format!(
            "!{}!",
            if d.is_null() {
                "00-00-00".to_string()
            } else {
                date_format::format_ymd(*d)
            }
        ),
        Value::Time(t) => format!("?{}?", conv::time::format_default(*t)),
        Value::Formula(f) => format!("Formula({})", f.source),
        Value::Array(a) => {
            let a = a.borrow();
            let items: Vec<String> = a.items.iter().skip(1).map(display).collect();
            format!("array [{}]", items.join("; "))
        }
        other => to_text(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_keeps_order() {
        let j = json::parse(r#"{"b":1,"a":[true,null,"x"],"c":{"d":1.5}}"#).unwrap();
        let v = from_json(&j);
        assert_eq!(
            stringify(&v, false),
            r#"{"b":1,"a":[true,null,"x"],"c":{"d":1.5}}"#
        );
    }

    #[test]
    fn texts_of_values() {
        assert_eq!(to_text(&Value::Real(1.0 / 3.0)), "0.3333333333333");
        assert_eq!(to_text(&Value::Bool(true)), "True");
        assert_eq!(to_text(&Value::Null), "null");
        assert_eq!(display(&Value::text("a\"b")), r#""a\"b""#);
    }
}
