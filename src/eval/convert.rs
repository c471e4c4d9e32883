//! Values to text and back: `String()` of any value, `JSON Stringify` and
//! `JSON Parse`, and the way the REPL shows a value to a 4D developer.

use super::value::{OpaqueKind, Target, Value};
use crate::conv::{self, date_format};
use crate::json::{self, Json, JsonKind, Member};
use std::rc::Rc;

/// `String(value)` with no format (language.md §16).
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
        Value::Opaque(OpaqueKind::Blob) => "[blob]".to_string(),
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
/// times as seconds, undefined properties left out.
pub fn stringify(v: &Value, pretty: bool) -> String {
    let json = to_json(v, 0);
    if pretty {
        json::to_string_pretty(&json)
    } else {
        json::to_string(&json)
    }
}

fn to_json(v: &Value, depth: usize) -> Json {
    if depth > 256 {
        return Json::new(JsonKind::Null);
    }
    let kind = match v {
        Value::Undefined | Value::Null => JsonKind::Null,
        Value::Bool(b) => JsonKind::Bool(*b),
        Value::Real(x) if x.is_finite() => JsonKind::Number(*x),
        Value::Real(_) => JsonKind::Null,
        Value::Text(t) => JsonKind::String(t.as_str().to_string()),
        Value::Date(d) => JsonKind::String(if d.is_null() {
            String::new()
        } else {
            date_format::format_ymd(*d)
        }),
        Value::Time(t) => JsonKind::Number(*t as f64),
        Value::Object(o) => JsonKind::Object(
            o.borrow()
                .props
                .iter()
                .filter(|(_, v)| !matches!(v, Value::Undefined))
                .map(|(k, v)| Member {
                    key: k.to_string(),
                    key_span: 0..0,
                    value: to_json(v, depth + 1),
                })
                .collect(),
        ),
        Value::Formula(_) => JsonKind::Object(Vec::new()),
        Value::Collection(c) => JsonKind::Array(
            c.borrow()
                .items
                .iter()
                .map(|v| to_json(v, depth + 1))
                .collect(),
        ),
        Value::Pointer(_) | Value::Array(_) | Value::Opaque(_) => JsonKind::Null,
    };
    Json::new(kind)
}

/// `JSON Parse`: objects keep their members in text order.
pub fn from_json(j: &Json) -> Value {
    match &j.kind {
        JsonKind::Null => Value::Null,
        JsonKind::Bool(b) => Value::Bool(*b),
        JsonKind::Number(x) => Value::Real(*x),
        JsonKind::String(s) => Value::text(s.as_str()),
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
