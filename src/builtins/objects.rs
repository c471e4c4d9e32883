//! Objects and collections as commands (docs/language.md §14.3), and JSON.

use super::{BResult, Call, Fail};
use crate::eval::props::Props;
use crate::eval::value::{Collection, Object, stored};
use crate::eval::{Fault, Interp, Value, code, display};
use std::cell::RefCell;
use std::rc::Rc;

fn pairs(c: &mut Call, name: &str) -> Result<Props, Fail> {
    if !c.len().is_multiple_of(2) {
        return Err(Fault::arguments(name).into());
    }
    let mut props = Props::with_capacity(c.len() / 2);
    for i in (0..c.len()).step_by(2) {
        let key: Rc<str> = match c.value(i) {
            Value::Text(t) => Rc::from(t.as_str()),
            _ => return Err(Fault::arguments(name).into()),
        };
        let v = stored(c.take(i + 1));
        props.set(key, v);
    }
    Ok(props)
}

pub fn new_object(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Object(Rc::new(RefCell::new(Object {
        props: pairs(c, "New object")?,
        ..Object::default()
    }))))
}

pub fn new_shared_object(_: &mut Interp, c: &mut Call) -> BResult {
    let props = pairs(c, "New shared object")?;
    Ok(Value::Object(Rc::new(RefCell::new(Object {
        props,
        shared: true,
        meta: None,
    }))))
}

pub fn new_collection(_: &mut Interp, c: &mut Call) -> BResult {
    let items = (0..c.len())
        .map(|i| c.take(i))
        .map(|v| {
            if matches!(v, Value::Undefined) {
                Value::Null
            } else {
                stored(v)
            }
        })
        .collect();
    Ok(Value::new_collection(items))
}

pub fn new_shared_collection(_: &mut Interp, c: &mut Call) -> BResult {
    let items = (0..c.len()).map(|i| stored(c.take(i))).collect();
    Ok(Value::Collection(Rc::new(RefCell::new(Collection {
        items,
        shared: true,
    }))))
}

fn object(c: &Call, i: usize) -> Option<Rc<RefCell<Object>>> {
    match c.value(i) {
        Value::Object(o) => Some(o.clone()),
        _ => None,
    }
}

pub fn ob_keys(_: &mut Interp, c: &mut Call) -> BResult {
    let keys = object(c, 0)
        .map(|o| {
            o.borrow()
                .props
                .iter()
                .map(|(k, _)| Value::text(&**k))
                .collect()
        })
        .unwrap_or_default();
    Ok(Value::new_collection(keys))
}

pub fn ob_values(_: &mut Interp, c: &mut Call) -> BResult {
    let values = object(c, 0)
        .map(|o| o.borrow().props.iter().map(|(_, v)| v.clone()).collect())
        .unwrap_or_default();
    Ok(Value::new_collection(values))
}

/// `OB Entries(o)`: `[{key; value}]`.
pub fn ob_entries(_: &mut Interp, c: &mut Call) -> BResult {
    let entries = object(c, 0)
        .map(|o| {
            o.borrow()
                .props
                .iter()
                .map(|(k, v)| {
                    Value::new_object(vec![
                        (Rc::from("key"), Value::text(&**k)),
                        (Rc::from("value"), v.clone()),
                    ])
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Value::new_collection(entries))
}

pub fn ob_is_defined(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(match (object(c, 0), c.value(1)) {
        (Some(o), Value::Text(k)) => o.borrow().get(k.as_str()).is_some(),
        (Some(_), Value::Undefined) => true,
        _ => false,
    }))
}

pub fn ob_is_empty(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(
        object(c, 0).is_none_or(|o| o.borrow().props.is_empty()),
    ))
}

pub fn ob_is_shared(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::Bool(match c.value(0) {
        Value::Object(o) => o.borrow().shared,
        Value::Collection(x) => x.borrow().shared,
        _ => false,
    }))
}

pub fn ob_remove(_: &mut Interp, c: &mut Call) -> BResult {
    if let Some(o) = object(c, 0) {
        o.borrow_mut().remove(c.text(1));
    }
    Ok(Value::Undefined)
}

fn is_variable(n: Option<&crate::eval::ir::Node>) -> bool {
    use crate::eval::ir::NodeKind;
    n.is_some_and(|n| {
        matches!(
            n.kind,
            NodeKind::Local(_) | NodeKind::Process(_) | NodeKind::Interprocess(_)
        )
    })
}

/// `OB Get type(object; property)`: the `Value type` of the property (Is
/// undefined when it is missing).
pub fn ob_get_type(_: &mut Interp, c: &mut Call) -> BResult {
    let v = object(c, 0)
        .and_then(|o| o.borrow().get(c.text(1)).cloned())
        .unwrap_or_default();
    Ok(Value::int(v.value_type()))
}

pub fn ob_get(_: &mut Interp, c: &mut Call) -> BResult {
    Ok(object(c, 0)
        .and_then(|o| o.borrow().get(c.text(1)).cloned())
        .unwrap_or_default())
}

/// `OB SET(o; key; value{; key2; value2…})`
pub fn ob_set(it: &mut Interp, c: &mut Call) -> BResult {
    let o = object_to_set(it, c)?;
    if c.len() % 2 != 1 {
        return Err(Fault::arguments("OB SET").into());
    }
    for i in (1..c.len()).step_by(2) {
        let key: Rc<str> = Rc::from(c.text(i));
        let v = stored(c.take(i + 1));
        o.borrow_mut().set(key, v);
    }
    Ok(Value::Undefined)
}

/// The object the first argument of `OB SET`, `OB SET ARRAY`… designates.
/// An Object variable not yet holding an object gets a new one (the docs'
/// examples start from `var $Object : Object`); a shared one must be in a
/// `Use`.
pub(super) fn object_to_set(it: &mut Interp, c: &Call) -> Result<Rc<RefCell<Object>>, Fail> {
    let o = match object(c, 0) {
        Some(o) => o,
        None if c.value(0).is_null_or_undefined() && is_variable(c.nodes.first()) => {
            let o = Rc::new(RefCell::new(Object::default()));
            let place = it.place(&c.nodes[0])?;
            it.store(&place, Value::Object(o.clone()), c.span)?;
            o
        }
        None => return Err(Fault::null_access().into()),
    };
    it.may_change(o.borrow().shared)?;
    Ok(o)
}

/// `JSON Stringify(value{; *})`: `*` indents with tabs; pointers are
/// written as the value they point to (json-stringify.md).
pub fn json_stringify(it: &mut Interp, c: &mut Call) -> BResult {
    let span = c.span;
    let mut resolve = |t: &crate::eval::value::Target| {
        it.target_place(t, span)
            .and_then(|p| it.load(&p, span))
            .unwrap_or(Value::Null)
    };
    Ok(Value::text(display::stringify_with(
        c.value(0),
        c.star,
        &mut resolve,
    )))
}

/// `JSON Parse(text{; type})`: invalid JSON is error -30014. A `type`
/// (`Is text`, `Is real`, `Is longint`, `Is date`, `Is time`, `Is Boolean`)
/// converts the value read (json-parse.md).
pub fn json_parse(_: &mut Interp, c: &mut Call) -> BResult {
    use crate::eval::value::type_code as tc;
    let v = match crate::json::parse(c.text(0)) {
        Ok(j) => display::from_json(&j),
        Err(e) => {
            let message = format!("Invalid JSON: {}", e.message);
            return Err(Fault::rt(code::INVALID_JSON, message).into());
        }
    };
    if !c.has(1) {
        return Ok(v);
    }
    let number = |v: &Value| match v {
        Value::Real(x) => *x,
        Value::Text(t) => crate::conv::parse_num(t.as_str(), Some(".")),
        Value::Bool(b) => f64::from(u8::from(*b)),
        _ => 0.0,
    };
    Ok(match c.int(1) {
        tc::TEXT => match v {
            Value::Text(_) => v,
            Value::Date(d) => Value::text(crate::conv::date_format::format_ymd(d)),
            other => Value::text(display::to_text(&other)),
        },
        tc::REAL => Value::Real(number(&v)),
        tc::LONGINT => Value::Real(crate::eval::value::to_integer(number(&v))),
        tc::BOOLEAN => Value::Bool(match v {
            Value::Bool(b) => b,
            Value::Real(x) => x != 0.0,
            _ => false,
        }),
        tc::DATE => Value::Date(match v {
            Value::Date(d) => d,
            Value::Text(t) => crate::conv::Date4D::from_text(t.as_str()),
            _ => crate::conv::Date4D::NULL,
        }),
        tc::TIME => Value::Time(crate::conv::time::seconds_from_real(number(&v))),
        _ => v,
    })
}

/// `Storage`: the shared object of the application.
pub fn storage(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(it.storage().clone())
}
