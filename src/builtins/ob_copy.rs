//! `OB Copy` (docs/commands-legacy/ob-copy.md): a deep copy, its pointers
//! resolved on request, shared on request and then grouped with a shared
//! object or collection.

use super::{BResult, Call};
use crate::eval::value::{Collection, Object};
use crate::eval::{Fault, Interp, Unwind, Value};
use crate::source::Span;
use std::cell::RefCell;
use std::rc::Rc;

/// `ck resolve pointers` (constants.rs).
const RESOLVE_POINTERS: i64 = 1;
/// `ck shared` (constants.rs).
const SHARED: i64 = 2;
/// Deeper than this, a value is copied as Null (a guard against runaway
/// nesting; 4D's own objects cannot nest this deep either).
const MAX_DEPTH: usize = 512;

/// How a copy is made.
#[derive(Clone, Copy)]
struct Copying {
    resolve: bool,
    shared: bool,
    span: Span,
}

/// `OB Copy(object {; resolvePtrs})` and `OB Copy(object {; option {; groupWith}})`.
/// The copy keeps the class of each object it copies. fourd has one lock for
/// all shared values, so grouping with `groupWith` needs no more than its
/// check: it must be an object or a collection.
pub fn ob_copy(it: &mut Interp, c: &mut Call) -> BResult {
    let (resolve, shared) = match c.get(1) {
        None => (false, false),
        Some(Value::Bool(b)) => (*b, false),
        Some(Value::Real(x)) => {
            let n = *x as i64;
            (n & RESOLVE_POINTERS != 0, n & SHARED != 0)
        }
        Some(_) => return Err(Fault::arguments("OB Copy").into()),
    };
    if let Some(group) = c.get(2)
        && !matches!(group, Value::Object(_) | Value::Collection(_))
    {
        return Err(Fault::arguments("OB Copy").into());
    }
    let how = Copying {
        resolve,
        shared,
        span: c.span,
    };
    let source = c.value(0).clone();
    Ok(copy(it, &source, how, 0)?)
}

/// One value copied: objects and collections deeply, pointers resolved if
/// asked, everything else as is.
fn copy(it: &mut Interp, v: &Value, how: Copying, depth: usize) -> Result<Value, Unwind> {
    if depth > MAX_DEPTH {
        return Ok(Value::Null);
    }
    Ok(match v {
        Value::Object(o) => {
            let (entries, meta) = {
                let o = o.borrow();
                let entries: Vec<(Rc<str>, Value)> = o
                    .props
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                (entries, o.meta.clone())
            };
            let mut props = crate::eval::props::Props::with_capacity(entries.len());
            for (k, v) in entries {
                props.set(k, copy(it, &v, how, depth + 1)?);
            }
            Value::Object(Rc::new(RefCell::new(Object {
                props,
                shared: how.shared,
                meta,
            })))
        }
        Value::Collection(col) => {
            let items: Vec<Value> = col.borrow().items.clone();
            let mut copied = Vec::with_capacity(items.len());
            for item in &items {
                copied.push(copy(it, item, how, depth + 1)?);
            }
            Value::Collection(Rc::new(RefCell::new(Collection {
                items: copied,
                shared: how.shared,
            })))
        }
        Value::Pointer(target) if how.resolve => {
            let place = it.target_place(target, how.span)?;
            let value = it.load(&place, how.span)?;
            copy(it, &crate::eval::value::stored(value), how, depth + 1)?
        }
        other => other.clone(),
    })
}
