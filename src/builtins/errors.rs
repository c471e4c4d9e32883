//! Errors (docs/language.md §19): `ON ERR CALL`, `Last errors`, `throw`, `ASSERT`,
//! `ABORT`.

use super::{BResult, Call, Fail};
use crate::eval::error_handling::HandlerScope;
use crate::eval::{Fault, Interp, Value, code, display};
use std::rc::Rc;

/// `ek local`, `ek global`, `ek errors from components`.
const EK_LOCAL: i64 = 0;
const EK_GLOBAL: i64 = 1;

/// `ON ERR CALL(method{; scope})`; `""` removes the handler.
pub fn on_err_call(it: &mut Interp, c: &mut Call) -> BResult {
    if it.in_error_handler() {
        // It cannot be used inside a running handler (the docs); it does nothing.
        return Ok(Value::Undefined);
    }
    let name = c.text(0).trim();
    let handler = (!name.is_empty()).then(|| Rc::from(name));
    let scope = match if c.has(1) { c.int(1) } else { EK_LOCAL } {
        EK_LOCAL => Some(HandlerScope::Local),
        EK_GLOBAL => Some(HandlerScope::Global),
        _ => None,
    };
    it.set_error_handler(scope, handler);
    Ok(Value::Undefined)
}

pub fn method_called_on_error(it: &mut Interp, c: &mut Call) -> BResult {
    let scope = if c.has(0) && c.int(0) == EK_GLOBAL {
        HandlerScope::Global
    } else {
        HandlerScope::Local
    };
    Ok(Value::text(it.error_handler(scope).unwrap_or("")))
}

pub fn last_errors(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(it.last_errors_value())
}

/// `ABORT`: ends the run with status 1 and no message.
pub fn abort(_: &mut Interp, _: &mut Call) -> BResult {
    Err(Fault::rt(code::ABORT, "ABORT").into())
}

fn assert_message(it: &Interp, c: &Call) -> String {
    if c.has(1) {
        return display::to_text(c.value(1));
    }
    let source = c
        .nodes
        .first()
        .map(|n| it.source_text(n.span))
        .unwrap_or_default();
    source.trim().to_string()
}

/// `ASSERT(condition{; message})`: error -10518 when False.
pub fn assert(it: &mut Interp, c: &mut Call) -> BResult {
    if it.assert_enabled && matches!(c.value(0), Value::Bool(false)) {
        return Err(Fault::rt(-10518, format!("Assert failed: {}", assert_message(it, c))).into());
    }
    Ok(Value::Undefined)
}

pub fn asserted(it: &mut Interp, c: &mut Call) -> BResult {
    let b = matches!(c.value(0), Value::Bool(true));
    if it.assert_enabled && !b {
        return Err(Fault::rt(-10518, format!("Assert failed: {}", assert_message(it, c))).into());
    }
    Ok(Value::Bool(b))
}

pub fn set_assert_enabled(it: &mut Interp, c: &mut Call) -> BResult {
    it.assert_enabled = matches!(c.value(0), Value::Bool(true));
    Ok(Value::Undefined)
}

pub fn get_assert_enabled(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(it.assert_enabled))
}

/// `throw(code{; description})`, `throw(errorObject)`, `throw` (re-raise the
/// current errors, deferred).
pub fn throw(it: &mut Interp, c: &mut Call) -> BResult {
    let fault = match (c.value(0), c.len()) {
        (_, 0) => {
            it.rethrow_current_errors();
            return Ok(Value::Undefined);
        }
        (Value::Real(code), _) => {
            let code = *code as i32;
            let message = if c.has(1) {
                display::to_text(c.value(1))
            } else {
                String::new()
            };
            let message = if message.is_empty() {
                format!("Error code: {code} (host)")
            } else {
                message
            };
            Fault::with_signature(code, "host", message)
        }
        (Value::Object(o), _) => {
            let obj = o.borrow();
            let code = match obj.get("errCode") {
                Some(Value::Real(x)) => *x as i32,
                _ => -1,
            };
            let signature = match obj.get("componentSignature") {
                Some(Value::Text(t)) if !t.as_str().is_empty() => t.as_str().to_string(),
                _ => "host".to_string(),
            };
            let template = match obj.get("message") {
                Some(Value::Text(t)) => t.as_str().to_string(),
                _ => String::new(),
            };
            let mut message = fill_placeholders(&template, &obj);
            if message.is_empty() {
                message = format!("Error code: {code} ({signature})");
            }
            let deferred = matches!(obj.get("deferred"), Some(Value::Bool(true)));
            drop(obj);
            // `Last errors` returns the whole object, with its defaults.
            let record = c.value(0).deep_copy();
            if let Value::Object(r) = &record {
                let mut r = r.borrow_mut();
                r.set(Rc::from("errCode"), Value::int(code as i64));
                r.set(Rc::from("message"), Value::text(message.as_str()));
                r.set(
                    Rc::from("componentSignature"),
                    Value::text(signature.as_str()),
                );
            }
            Fault {
                code,
                signature: Rc::from(signature.as_str()),
                message,
                extra: Some(record),
                deferred,
            }
        }
        _ => return Err(Fault::arguments("throw").into()),
    };
    if fault.deferred {
        it.defer_error(fault, c.span);
        return Ok(Value::Undefined);
    }
    Err(Fail::Fault(fault))
}

/// Replaces `{name}` in a message by the `String()` of that property.
fn fill_placeholders(template: &str, obj: &crate::eval::value::Object) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => {
                let key = &rest[open + 1..open + close];
                match obj.get(key) {
                    Some(v) => out.push_str(&display::to_text(v)),
                    None => out.push_str(&rest[open..=open + close]),
                }
                rest = &rest[open + close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}
