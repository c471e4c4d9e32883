//! The language theme: conversions (`String`, `Num`, `Bool`, `Date`, `Time`),
//! type tests, parameters and the call chain, pointers, formulas.

use super::{BResult, Call, Fail};
use crate::conv::{self, Date4D, DateFormat, TimeFormat};
use crate::eval::value::{Text, type_code};
use crate::eval::{Fault, Interp, Value, VarType, display};
use std::rc::Rc;

pub fn count_parameters(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(it.parameter_count() as i64))
}

pub fn current_method_name(it: &mut Interp, _: &mut Call) -> BResult {
    let name = it.current_method_name();
    Ok(Value::text(name.as_deref().unwrap_or("")))
}

/// `Get call chain`: `[{type; name; line; database}]`, innermost first.
pub fn call_chain(it: &mut Interp, c: &mut Call) -> BResult {
    let frames = it.call_chain(Some(c.span));
    let items = frames
        .into_iter()
        .map(|f| {
            let line = f.file.line_col(f.span.start).0 as i64;
            Value::new_object(vec![
                (
                    Rc::from("type"),
                    Value::text(if f.formula {
                        "formula"
                    } else {
                        "projectMethod"
                    }),
                ),
                (Rc::from("name"), Value::text(&*f.name)),
                (Rc::from("line"), Value::int(line)),
                (Rc::from("database"), Value::text("")),
            ])
        })
        .collect();
    Ok(Value::new_collection(items))
}

pub fn undefined(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(matches!(c.value(0), Value::Undefined)))
}

pub fn value_type(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(c.value(0).value_type()))
}

/// `Type(variable)`: the declared type of a variable (a typeless one: its value's).
pub fn type_of(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(place) = c.place(0).cloned() else {
        return Err(Fault::arguments("Type").into());
    };
    let code = match it.slot_mut(&place) {
        Some(slot) => match slot.ty {
            VarType::Undeclared => type_code::UNDEFINED,
            VarType::Dynamic => slot.value.value_type(),
            VarType::Array(_) if matches!(&slot.value, Value::Array(a) if a.borrow().rows) => {
                type_code::ARRAY_2D
            }
            ty => ty.type_code(),
        },
        None => it.load(&place, c.span)?.value_type(),
    };
    Ok(Value::int(code))
}

pub fn not(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(!matches!(c.value(0), Value::Bool(true))))
}

/// `Bool(value)`: a Boolean as is, a number ≠ 0; every other type (texts
/// included) is False (docs/commands-legacy/bool.md).
pub fn bool(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(match c.value(0) {
        Value::Bool(b) => *b,
        Value::Real(x) => *x != 0.0,
        _ => false,
    }))
}

/// `Num(value{; separator})`
pub fn num(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Real(match c.value(0) {
        Value::Text(t) => {
            let sep = match c.value(1) {
                Value::Text(s) => Some(s.as_str()),
                _ => None,
            };
            conv::parse_num(t.as_str(), sep)
        }
        Value::Bool(b) => *b as i64 as f64,
        Value::Real(x) => *x,
        Value::Time(t) => *t as f64,
        Value::Date(d) => d.ordinal() as f64,
        Value::Undefined | Value::Null => 0.0,
        other => return Err(cannot_convert("Num", other)),
    }))
}

/// -30004 for a cast (`Num`, `Date`, `Time`) of a value it cannot convert.
fn cannot_convert(command: &str, v: &Value) -> Fail {
    Fault::wrong_type(format!("{command} cannot convert a {}", v.type_name())).into()
}

/// `String(value{; format{; time}})`. A format is ignored for texts and
/// Booleans (docs/commands/string.md).
pub fn string(_: &mut Interp, c: &mut Call) -> BResult {
    let v = c.value(0);
    let format = c.value(1);
    let text = match (v, format) {
        // A whole number (the usual case) is written as `format_real` does,
        // straight into a short text.
        (Value::Real(x), Value::Undefined) if x.fract() == 0.0 && x.abs() < 1e13 => {
            return Ok(Value::Text(Text::from_whole(*x as i64)));
        }
        (v, Value::Undefined) => display::to_text(v),
        (Value::Real(x), Value::Real(base)) => conv::format_radix(*x, *base as i64)
            .ok_or_else(|| Fail::from(Fault::arguments("String")))?,
        (Value::Real(x), Value::Text(f)) => match f.as_str() {
            "&x" => conv::format_hex(*x, false),
            "&$" => conv::format_hex(*x, true),
            f => {
                conv::format_number(*x, f).ok_or_else(|| Fail::from(Fault::arguments("String")))?
            }
        },
        (Value::Date(d), Value::Text(pattern)) => {
            let seconds = match c.value(2) {
                Value::Time(t) => *t,
                Value::Real(x) => *x as i64,
                _ => 0,
            };
            conv::date_pattern::format_pattern(*d, seconds, pattern.as_str())
        }
        (Value::Time(t), Value::Text(pattern)) => {
            conv::date_pattern::format_pattern(Date4D::NULL, *t, pattern.as_str())
        }
        (Value::Date(d), Value::Real(code)) => match DateFormat::from_code(*code as i64) {
            Some((fmt, blank)) => {
                let seconds = match c.value(2) {
                    Value::Time(t) => *t,
                    Value::Real(x) => *x as i64,
                    _ => 0,
                };
                conv::date_format::format_date(*d, fmt, blank, seconds)
            }
            None => display::to_text(v),
        },
        (Value::Time(t), Value::Real(code)) => match TimeFormat::from_code(*code as i64) {
            Some((fmt, blank)) => conv::time::format_time(*t, fmt, blank),
            None => display::to_text(v),
        },
        (v, _) => display::to_text(v),
    };
    Ok(Value::text(text))
}

pub fn date(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Date(match c.value(0) {
        Value::Date(d) => *d,
        Value::Text(t) => Date4D::from_text(t.as_str()),
        Value::Undefined | Value::Null => Date4D::NULL,
        other => return Err(cannot_convert("Date", other)),
    }))
}

pub fn time(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Time(match c.value(0) {
        Value::Time(t) => *t,
        Value::Real(x) => conv::time::seconds_from_real(*x),
        Value::Text(t) => conv::time::from_text(t.as_str()),
        Value::Undefined | Value::Null => 0,
        other => return Err(cannot_convert("Time", other)),
    }))
}

/// `Choose(criterion; value1; value2; …)`: True picks value1 and False
/// value2; a number n picks the value at position n from 0. No such value:
/// the empty value of value1's type (docs/commands-legacy/choose.md).
pub fn choose(_: &mut Interp, c: &mut Call) -> BResult {
    let i = match c.value(0) {
        Value::Bool(b) => Some(if *b { 0 } else { 1 }),
        Value::Real(x) if *x >= 0.0 => Some(*x as usize),
        _ => None,
    };
    if let Some(i) = i.filter(|i| c.has(i + 1)) {
        return Ok(c.take(i + 1));
    }
    Ok(match c.value(1) {
        Value::Real(_) => Value::Real(0.0),
        Value::Text(_) => Value::text(""),
        Value::Bool(_) => Value::Bool(false),
        Value::Date(_) => Value::Date(Date4D::NULL),
        Value::Time(_) => Value::Time(0),
        _ => Value::Undefined,
    })
}

/// `This`: the object a formula or class function was called on.
pub fn this(it: &mut Interp, _: &mut Call) -> BResult {
    it.this_allowed()?;
    Ok(it.this_value())
}

/// `Get pointer("name")`: a pointer to a process (or `<>` interprocess) variable.
pub fn get_pointer(it: &mut Interp, c: &mut Call) -> BResult {
    let target = it.variable_target(c.text(0).trim());
    Ok(Value::Pointer(Rc::new(target)))
}

pub fn is_nil_pointer(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(!matches!(c.value(0), Value::Pointer(_))))
}

/// `CLEAR VARIABLE(var)`: back to its type's empty value; arrays get no elements.
pub fn clear_variable(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(place) = c.place(0).cloned() else {
        return Err(Fault::arguments("CLEAR VARIABLE").into());
    };
    match it.slot_mut(&place) {
        Some(slot) => {
            slot.value = match slot.ty {
                VarType::Dynamic | VarType::Undeclared => Value::Undefined,
                ty => ty.default_value(),
            };
        }
        None => it.store(&place, Value::Undefined, c.span)?,
    }
    Ok(Value::Undefined)
}

pub fn is_compiled_mode(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(false))
}

/// `Formula from string(text)`
pub fn formula_from_string(it: &mut Interp, c: &mut Call) -> BResult {
    let text = c.text(0).to_string();
    it.formula_from_text(&text).map_err(Fail::from)
}

/// `EXECUTE METHOD(name{; result{; param…}})`
pub fn execute_method(it: &mut Interp, c: &mut Call) -> BResult {
    let name = Value::text(c.text(0));
    let args = (2..c.len()).map(|i| c.take(i)).collect();
    let result = it.call_callable(&name, Value::Undefined, args, c.span)?;
    if let Some(place) = c.place(1).cloned() {
        it.store(&place, result, c.span)?;
    }
    Ok(Value::Undefined)
}

pub fn set_real_comparison_level(it: &mut Interp, c: &mut Call) -> BResult {
    it.epsilon = c.number(0).abs();
    Ok(Value::Undefined)
}
