//! Parameters given on the command line (`fourd run FILE -- 100 2026-01-31`)
//! are texts; the method's `#DECLARE` says what it takes. Each text converts
//! to the declared type as 4D converts text — `Num` for a number, `Date` and
//! `Time` for those, JSON for an object or a collection — so `#DECLARE($n :
//! Real)` gets 100, not a -30004 "Cannot assign a Text to a Real". A text
//! that no 4D conversion takes (a Picture parameter, a Boolean that is not
//! `true`/`false`) is an error located at the `#DECLARE` line.

use crate::conv::{self, Date4D};
use crate::eval::rt_error::{Fault, RtError};
use crate::eval::{Method, Value, VarType, display};
use crate::source::Span;

/// The values of `params` for `method`, converted to its declared types.
pub fn convert(method: &Method, params: &[String]) -> Result<Vec<Value>, Box<RtError>> {
    let frame = &method.frame;
    params
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let ty = frame
                .param_types
                .get(i)
                .copied()
                .or(frame.variadic)
                .unwrap_or(VarType::Dynamic);
            to_type(text, ty).map_err(|why| {
                let fault = Fault::wrong_type(format!(
                    "command-line parameter {} (\"{text}\"): {why}",
                    i + 1
                ));
                Box::new(RtError {
                    fault,
                    file: method.file.clone(),
                    span: declare_span(&method.file.text),
                    chain: Vec::new(),
                    more: Vec::new(),
                })
            })
        })
        .collect()
}

/// One text as a value of the declared type, or why it cannot be.
fn to_type(text: &str, ty: VarType) -> Result<Value, String> {
    Ok(match ty {
        VarType::Undeclared | VarType::Dynamic | VarType::Variant | VarType::Text => {
            Value::text(text)
        }
        // Num(text) (docs/commands-legacy/num.md), then as assigned to each type.
        VarType::Real => Value::Real(conv::parse_num(text, None)),
        VarType::Integer => Value::Real(conv::to_longint(conv::parse_num(text, None)) as f64),
        VarType::Date => Value::Date(Date4D::from_text(text)),
        VarType::Time => Value::Time(conv::time::from_text(text)),
        VarType::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err("a Boolean parameter takes true or false".to_string()),
        },
        VarType::Object | VarType::Collection => {
            let json = crate::json::parse(text)
                .map_err(|_| "an Object or Collection parameter takes JSON".to_string())?;
            let value = display::from_json(&json);
            let fits = match ty {
                VarType::Object => matches!(value, Value::Object(_) | Value::Null),
                _ => matches!(value, Value::Collection(_) | Value::Null),
            };
            if !fits {
                return Err(format!("the JSON is not a {}", type_name(ty)));
            }
            value
        }
        other => return Err(format!("a {} cannot be given as text", type_name(other))),
    })
}

fn type_name(ty: VarType) -> &'static str {
    match ty {
        VarType::Object => "Object",
        VarType::Collection => "Collection",
        VarType::Pointer => "Pointer",
        VarType::Picture => "Picture",
        VarType::Blob => "Blob",
        VarType::Array(_) => "array",
        _ => "value",
    }
}

/// Where the error points: the `#DECLARE` line (else the file's start).
fn declare_span(text: &str) -> Span {
    let lower = text.to_ascii_lowercase();
    match lower.find("#declare") {
        Some(at) => {
            let end = lower[at..].find('\n').map_or(text.len(), |n| at + n);
            Span::new(at, end)
        }
        None => Span::new(0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_convert_as_4d_converts_them() {
        // docs/commands-legacy/num.md: Num("100") is 100; a Longint drops decimals.
        assert!(matches!(to_type("100", VarType::Real), Ok(Value::Real(x)) if x == 100.0));
        assert!(matches!(to_type("12.7", VarType::Integer), Ok(Value::Real(x)) if x == 12.0));
        assert!(matches!(
            to_type("13:00:00", VarType::Time),
            Ok(Value::Time(46_800))
        ));
        assert!(matches!(
            to_type("TRUE", VarType::Boolean),
            Ok(Value::Bool(true))
        ));
        assert!(to_type("yes", VarType::Boolean).is_err());
        assert!(matches!(
            to_type("{\"a\":1}", VarType::Object),
            Ok(Value::Object(_))
        ));
        assert!(to_type("[1]", VarType::Object).is_err());
        assert!(matches!(
            to_type("[1]", VarType::Collection),
            Ok(Value::Collection(_))
        ));
        assert!(to_type("x", VarType::Picture).is_err());
        assert!(matches!(to_type("x", VarType::Text), Ok(Value::Text(_))));
    }

    #[test]
    fn the_error_points_at_the_declare_line() {
        let text = "// m\n#DECLARE($n : Real)\n$x:=1";
        let span = declare_span(text);
        assert_eq!(&text[span.range()], "#DECLARE($n : Real)");
    }
}
