//! Field values: [`Datum`], the engine's own typed value (the interpreter copies values in and
//! out), with 4D's rules for blank values, for fitting a value to a field's type, and for
//! comparing values as queries and sorts do (text by 4D's collation, reals with ε).

use super::structure::{Field, FieldType};
use crate::conv::{self, Date4D};
use crate::json::Json;
use compact_str::CompactString;
use std::cmp::Ordering;

/// One field value. Integers of every width share `Int`; the field's type says which width
/// is stored. `Time` is a number of seconds.
#[derive(Debug, Clone, PartialEq)]
pub enum Datum {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Text(CompactString),
    Date(Date4D),
    Time(i64),
    Blob(Vec<u8>),
    Picture(Vec<u8>),
    Object(Json),
}

impl Datum {
    /// A text value.
    pub fn text(s: &str) -> Datum {
        Datum::Text(CompactString::from(s))
    }

    /// The blank value of a type: `""`, 0, `!00-00-00!`, `?00:00:00?`, False, an empty
    /// BLOB or picture, and null for an object (4D's object fields start null).
    pub fn blank(kind: FieldType) -> Datum {
        match kind {
            FieldType::Alpha | FieldType::Text => Datum::Text(CompactString::default()),
            FieldType::Boolean => Datum::Bool(false),
            FieldType::Integer | FieldType::Longint | FieldType::Integer64 => Datum::Int(0),
            FieldType::Real => Datum::Real(0.0),
            FieldType::Date => Datum::Date(Date4D::NULL),
            FieldType::Time => Datum::Time(0),
            FieldType::Blob => Datum::Blob(Vec::new()),
            FieldType::Picture => Datum::Picture(Vec::new()),
            FieldType::Object => Datum::Null,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Datum::Null)
    }

    /// The value as a number, for sums and numeric comparisons (dates count days, times
    /// seconds, booleans 0/1).
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Datum::Int(i) => Some(*i as f64),
            Datum::Real(r) => Some(*r),
            Datum::Time(t) => Some(*t as f64),
            Datum::Bool(b) => Some(f64::from(u8::from(*b))),
            Datum::Date(d) => Some(d.ordinal() as f64),
            _ => None,
        }
    }

    /// The value as text, when it is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Datum::Text(t) => Some(t),
            _ => None,
        }
    }

    /// A short name of the value's kind, for error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Datum::Null => "null",
            Datum::Bool(_) => "a boolean",
            Datum::Int(_) | Datum::Real(_) => "a number",
            Datum::Text(_) => "a text",
            Datum::Date(_) => "a date",
            Datum::Time(_) => "a time",
            Datum::Blob(_) => "a BLOB",
            Datum::Picture(_) => "a picture",
            Datum::Object(_) => "an object",
        }
    }
}

/// Why a value does not fit a field.
#[derive(Debug, Clone, PartialEq)]
pub enum FitError {
    /// The value's kind cannot be stored in the field's type.
    WrongType,
    /// A text longer than the Alpha field's limiting length (in characters).
    TooLong(usize),
}

/// The value as the field stores it: numbers converted between widths (an out-of-range
/// integer wraps as 4D's assignment to a smaller integer does), a real rounded into an
/// integer field, a date or time kept as is. Null stays null here; the null rules
/// (`never_null`, `not_null`) are the writer's. Text into an Alpha field must fit its
/// length.
pub fn fit(field: &Field, value: Datum) -> Result<Datum, FitError> {
    use FieldType as F;
    let value = match (field.kind, value) {
        (_, Datum::Null) => Datum::Null,
        (F::Alpha | F::Text, Datum::Text(t)) => Datum::Text(t),
        (F::Boolean, Datum::Bool(b)) => Datum::Bool(b),
        (F::Integer, d @ (Datum::Int(_) | Datum::Real(_))) => {
            Datum::Int(i64::from(to_int(&d) as i16))
        }
        (F::Longint, d @ (Datum::Int(_) | Datum::Real(_))) => {
            Datum::Int(i64::from(to_int(&d) as i32))
        }
        (F::Integer64, d @ (Datum::Int(_) | Datum::Real(_))) => Datum::Int(to_int(&d)),
        (F::Real, Datum::Real(r)) => Datum::Real(r),
        (F::Real, Datum::Int(i)) => Datum::Real(i as f64),
        (F::Date, Datum::Date(d)) => Datum::Date(d),
        (F::Time, Datum::Time(t)) => Datum::Time(t),
        (F::Time, Datum::Int(i)) => Datum::Time(i),
        (F::Blob, Datum::Blob(b)) => Datum::Blob(b),
        (F::Picture, Datum::Picture(p)) => Datum::Picture(p),
        (F::Object, Datum::Object(o)) => Datum::Object(without_spans(o)),
        _ => return Err(FitError::WrongType),
    };
    if let (Some(max), Datum::Text(t)) = (field.limiting_length, &value) {
        let len = t.chars().count();
        if len > max {
            return Err(FitError::TooLong(len));
        }
    }
    Ok(value)
}

/// A number as an integer field takes it: a real is rounded half away from zero.
fn to_int(d: &Datum) -> i64 {
    match d {
        Datum::Int(i) => *i,
        Datum::Real(r) => r.round() as i64,
        _ => 0,
    }
}

/// A query or order value converted to the type of the field it is compared with, as
/// 4D converts the value of `QUERY([T];[T]F=value)`: numbers between widths, a text to a
/// date (`"YYYY-MM-DD"`, `docs/API/DataClassClass.md`) or a number, a number to text.
/// `None` when the value cannot be compared with that type.
pub fn to_query_value(kind: FieldType, value: &Datum) -> Option<Datum> {
    use FieldType as F;
    Some(match (kind, value) {
        (_, Datum::Null) => Datum::Null,
        (F::Alpha | F::Text, Datum::Text(t)) => Datum::Text(t.clone()),
        (F::Alpha | F::Text, Datum::Int(i)) => Datum::text(&i.to_string()),
        (F::Alpha | F::Text, Datum::Real(r)) => Datum::text(&conv::format_real(*r)),
        (F::Boolean, Datum::Bool(b)) => Datum::Bool(*b),
        (F::Boolean, Datum::Int(i)) => Datum::Bool(*i != 0),
        (F::Boolean, Datum::Real(r)) => Datum::Bool(*r != 0.0),
        (F::Integer | F::Longint | F::Integer64 | F::Real, Datum::Int(i)) => Datum::Real(*i as f64),
        (F::Integer | F::Longint | F::Integer64 | F::Real, Datum::Real(r)) => Datum::Real(*r),
        (F::Integer | F::Longint | F::Integer64 | F::Real, Datum::Bool(b)) => {
            Datum::Real(f64::from(u8::from(*b)))
        }
        (F::Integer | F::Longint | F::Integer64 | F::Real, Datum::Text(t)) => {
            Datum::Real(conv::parse_num(t, None))
        }
        (F::Integer | F::Longint | F::Integer64 | F::Real, Datum::Time(t)) => {
            Datum::Real(*t as f64)
        }
        (F::Date, Datum::Date(d)) => Datum::Date(*d),
        (F::Date, Datum::Text(t)) => Datum::Date(Date4D::from_text(t)),
        (F::Time, Datum::Time(t)) => Datum::Time(*t),
        (F::Time, Datum::Int(i)) => Datum::Time(*i),
        (F::Time, Datum::Real(r)) => Datum::Time(*r as i64),
        (F::Time, Datum::Text(t)) => Datum::Time(conv::time::from_text(t)),
        (F::Object, v) => v.clone(),
        (F::Picture | F::Blob, _) => return None,
        _ => return None,
    })
}

/// The order of two stored values of one field, as indexes and `ORDER BY` sort them:
/// null first, text by 4D's collation (no wildcard meaning), numbers by value, false
/// before true, dates and times in time order.
pub fn order(a: &Datum, b: &Datum) -> Ordering {
    match (a, b) {
        (Datum::Null, Datum::Null) => Ordering::Equal,
        (Datum::Null, _) => Ordering::Less,
        (_, Datum::Null) => Ordering::Greater,
        (Datum::Text(x), Datum::Text(y)) => conv::text_order(x, y),
        (Datum::Bool(x), Datum::Bool(y)) => x.cmp(y),
        (Datum::Date(x), Datum::Date(y)) => x.cmp(y),
        (Datum::Time(x), Datum::Time(y)) => x.cmp(y),
        (Datum::Int(x), Datum::Int(y)) => x.cmp(y),
        (x, y) => match (x.as_f64(), y.as_f64()) {
            (Some(p), Some(q)) => p.total_cmp(&q),
            _ => Ordering::Equal,
        },
    }
}

/// A value usable as a hash key, equal when 4D's `=` would say equal (text by collation).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum HashKey {
    Int(i64),
    Bits(u64),
    Text(String),
}

pub(crate) fn hash_key(d: &Datum) -> Option<HashKey> {
    Some(match d {
        Datum::Null => return None,
        Datum::Int(i) => HashKey::Int(*i),
        Datum::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => HashKey::Int(*r as i64),
        Datum::Real(r) => HashKey::Bits(r.to_bits()),
        Datum::Bool(b) => HashKey::Int(i64::from(*b)),
        Datum::Date(d) => HashKey::Int(d.ordinal()),
        Datum::Time(t) => HashKey::Int(*t),
        Datum::Text(t) => HashKey::Text(conv::collation_key(t)),
        _ => return None,
    })
}

/// A JSON value with every span cleared: a stored object does not remember the text it
/// was read from, so two equal objects compare equal.
pub fn without_spans(mut json: Json) -> Json {
    let mut todo: Vec<&mut Json> = vec![&mut json];
    while let Some(j) = todo.pop() {
        j.span = 0..0;
        match &mut j.kind {
            crate::json::JsonKind::Array(items) => todo.extend(items.iter_mut()),
            crate::json::JsonKind::Object(members) => {
                for m in members.iter_mut() {
                    m.key_span = 0..0;
                    todo.push(&mut m.value);
                }
            }
            _ => {}
        }
    }
    json
}
