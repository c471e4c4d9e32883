//! JSON and 4D arrays: `JSON Stringify array` and `JSON PARSE ARRAY`
//! (docs/commands/json-stringify-array.md, json-parse-array.md).

use super::outputs::{fill_array, holds_array};
use super::{BResult, Call};
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Value, code, display};

/// `JSON Stringify array(array{; *})`: the elements 1… as a JSON array (`*`
/// indents it); pointers are written as the values they point to; a scalar
/// is written between `[` and `]` (the page's note).
pub fn json_stringify_array(it: &mut Interp, c: &mut Call) -> BResult {
    let items = match c.value(0) {
        Value::Array(a) => a.borrow().items.iter().skip(1).cloned().collect(),
        v => vec![v.clone()],
    };
    let span = c.span;
    let mut resolve = |t: &crate::eval::value::Target| {
        it.target_place(t, span)
            .and_then(|p| it.load(&p, span))
            .unwrap_or(Value::Null)
    };
    let list = Value::new_collection(items);
    Ok(Value::text(display::stringify_with(
        &list,
        c.star,
        &mut resolve,
    )))
}

/// `JSON PARSE ARRAY(json; array)`: the JSON array's elements into the
/// array, converted to its type; a variable that is no array yet becomes an
/// array of the first element's type (text when the JSON array is empty or
/// starts with a text). Invalid JSON is -30014; JSON that is no array, -30004.
pub fn json_parse_array(it: &mut Interp, c: &mut Call) -> BResult {
    let json = crate::json::parse(c.text(0))
        .map_err(|e| Fault::rt(code::INVALID_JSON, format!("Invalid JSON: {}", e.message)))?;
    let Value::Collection(list) = display::from_json(&json) else {
        return Err(Fault::wrong_type("JSON PARSE ARRAY needs a JSON array").into());
    };
    let items = list.borrow().items.clone();
    let place = c
        .place(1)
        .cloned()
        .ok_or_else(|| Fault::arguments("JSON PARSE ARRAY"))?;
    let kind = if holds_array(it, &place) {
        match it.load(&place, c.span)? {
            Value::Array(a) => a.borrow().kind,
            _ => ArrayKind::Text,
        }
    } else {
        match items.first() {
            Some(Value::Real(_)) => ArrayKind::Real,
            Some(Value::Bool(_)) => ArrayKind::Boolean,
            Some(Value::Object(_)) => ArrayKind::Object,
            Some(Value::Date(_)) => ArrayKind::Date,
            _ => ArrayKind::Text,
        }
    };
    let items = items
        .into_iter()
        .map(|v| match (kind, v) {
            (ArrayKind::Text, Value::Real(x)) => Value::text(crate::conv::format_real(x)),
            (ArrayKind::Text, Value::Bool(b)) => Value::text(if b { "true" } else { "false" }),
            (ArrayKind::Text, v @ (Value::Object(_) | Value::Collection(_))) => {
                Value::text(display::to_text(&v))
            }
            (_, Value::Null) => Value::Undefined,
            (_, v) => v,
        })
        .collect();
    fill_array(it, c, &place, kind, items)?;
    Ok(Value::Undefined)
}
