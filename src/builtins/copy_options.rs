//! The options of a deep copy, shared by `OB Copy` (docs/commands/ob-copy.md)
//! and `collection.copy()` (docs/API/CollectionClass.md): `ck resolve
//! pointers` puts each pointer's value in the copy in place of the pointer,
//! `ck shared` makes the copy (and everything in it) shared.

use super::Fail;
use crate::eval::value::{Collection, Object, stored};
use crate::eval::{Interp, Value};
use crate::source::Span;
use std::cell::RefCell;
use std::rc::Rc;

/// `ck resolve pointers`.
pub const CK_RESOLVE_POINTERS: i64 = 1;
/// `ck shared`.
pub const CK_SHARED: i64 = 2;

/// Deeper than this, a copy stops (a pointer to an object holding the
/// pointer would otherwise copy forever).
const MAX_DEPTH: usize = 512;

/// A deep copy of `v` with `options` (a sum of the constants above).
pub fn copy_with(it: &mut Interp, v: &Value, options: i64, span: Span) -> Result<Value, Fail> {
    if options & (CK_RESOLVE_POINTERS | CK_SHARED) == 0 {
        return Ok(v.deep_copy());
    }
    copy(it, v, options, span, 0)
}

fn copy(it: &mut Interp, v: &Value, options: i64, span: Span, depth: usize) -> Result<Value, Fail> {
    if depth > MAX_DEPTH {
        return Ok(Value::Null);
    }
    let shared = options & CK_SHARED != 0;
    Ok(match v {
        Value::Object(o) => {
            let (props, meta) = {
                let o = o.borrow();
                (
                    o.props
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect::<Vec<_>>(),
                    o.meta.clone(),
                )
            };
            let mut out = Object {
                shared,
                meta,
                ..Default::default()
            };
            for (k, v) in props {
                let v = copy(it, &v, options, span, depth + 1)?;
                out.set(k, v);
            }
            Value::Object(Rc::new(RefCell::new(out)))
        }
        Value::Collection(c) => {
            let items = c.borrow().items.clone();
            let mut out = Vec::with_capacity(items.len());
            for v in &items {
                out.push(copy(it, v, options, span, depth + 1)?);
            }
            Value::Collection(Rc::new(RefCell::new(Collection { items: out, shared })))
        }
        Value::Pointer(t) if options & CK_RESOLVE_POINTERS != 0 => {
            let place = it.target_place(t, span)?;
            match it.load(&place, span)? {
                // An array has no place in an object: the pointer stays.
                Value::Array(_) => v.clone(),
                value => copy(it, &stored(value), options, span, depth + 1)?,
            }
        }
        other => other.clone(),
    })
}
