//! The scalar type rules of assignment: what a variable (or an array
//! element, a parameter, a result) of each declared type accepts and what it
//! makes of it (docs/language.md §7), and what undefined leaves in a property
//! (§8). The evaluator and the built-ins call these; nothing else decides.

use super::rt_error::Fault;
use super::value::{ArrayKind, Value, VarType, to_integer};
use crate::conv;

/// Converts a value for a variable of type `ty` (docs/language.md §7), or says why not.
pub fn coerce(v: Value, ty: VarType) -> Result<Value, Fault> {
    use VarType as T;
    match (ty, v) {
        (T::Undeclared | T::Dynamic | T::Variant, v) => Ok(v),
        (ty, Value::Undefined) => Ok(ty.default_value()),
        (T::Real, Value::Real(x)) => Ok(Value::Real(x)),
        (T::Integer, Value::Real(x)) => Ok(Value::Real(to_integer(x))),
        (T::Real, Value::Time(t)) => Ok(Value::Real(t as f64)),
        (T::Integer, Value::Time(t)) => Ok(Value::Real(to_integer(t as f64))),
        (T::Time, Value::Time(t)) => Ok(Value::Time(t)),
        (T::Time, Value::Real(x)) => Ok(Value::Time(conv::time::seconds_from_real(x))),
        (T::Text, v @ Value::Text(_)) => Ok(v),
        (T::Boolean, v @ Value::Bool(_)) => Ok(v),
        (T::Date, v @ Value::Date(_)) => Ok(v),
        (T::Object, v @ (Value::Object(_) | Value::Formula(_) | Value::Null)) => Ok(v),
        (T::Collection, v @ (Value::Collection(_) | Value::Null)) => Ok(v),
        (T::Pointer, v @ (Value::Pointer(_) | Value::Null)) => Ok(v),
        (T::Picture, v @ Value::Opaque(_)) => Ok(v),
        (T::Blob, v @ Value::Blob(_)) => Ok(v),
        (ty, v) => Err(Fault::assign(v.type_name(), ty.name())),
    }
}

/// The type an array's elements are assigned with.
pub fn array_var_type(kind: ArrayKind) -> VarType {
    match kind {
        ArrayKind::Text => VarType::Text,
        ArrayKind::Real => VarType::Real,
        ArrayKind::Integer => VarType::Integer,
        ArrayKind::Boolean => VarType::Boolean,
        ArrayKind::Date => VarType::Date,
        ArrayKind::Time => VarType::Time,
        ArrayKind::Object => VarType::Object,
        ArrayKind::Pointer => VarType::Pointer,
        ArrayKind::Picture => VarType::Picture,
        ArrayKind::Blob => VarType::Blob,
        ArrayKind::Collection => VarType::Collection,
    }
}

/// What assigning undefined to an existing property leaves (docs/language.md §8).
pub fn reset_by_type(v: &Value) -> Value {
    match v {
        Value::Object(_) | Value::Collection(_) | Value::Pointer(_) | Value::Formula(_) => {
            Value::Null
        }
        Value::Bool(_) => Value::Bool(false),
        Value::Text(_) => Value::text(""),
        Value::Real(_) => Value::Real(0.0),
        Value::Date(_) => Value::Date(conv::Date4D::NULL),
        Value::Time(_) => Value::Time(0),
        other => other.clone(),
    }
}

/// The type `var $x:=value` gives `$x`: the value's (a number is Real).
pub fn inferred_type(v: &Value) -> VarType {
    match v {
        Value::Text(_) => VarType::Text,
        Value::Real(_) => VarType::Real,
        Value::Bool(_) => VarType::Boolean,
        Value::Date(_) => VarType::Date,
        Value::Time(_) => VarType::Time,
        Value::Object(_) | Value::Formula(_) => VarType::Object,
        Value::Collection(_) => VarType::Collection,
        Value::Pointer(_) => VarType::Pointer,
        _ => VarType::Variant,
    }
}
