//! The collection functions that call back a formula (or a method named by
//! a text) for each item, with the callback protocol of
//! docs/API/CollectionClass.md: `$1` is an object whose `value` is the item
//! (`value2` for a sort, `accumulator` for a reduction), extra arguments
//! follow; the callback answers with its result or `$1.result`, and may set
//! `$1.stop`.

use super::collection::{path_get, sort_values};
use super::{args_error, collection, len_of, like, start};
use crate::builtins::{BResult, Call};
use crate::eval::display;
use crate::eval::ops::sort_order;
use crate::eval::value::{ObjRef, Object};
use crate::eval::{Interp, Unwind, Value};
use crate::source::Span;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

/// Runs a callback with `$1` = `param` and extra arguments; returns its
/// result (a formula's value, or `$1.result`) and whether it set `$1.stop`.
fn callback(
    it: &mut Interp,
    f: &Value,
    param: &ObjRef,
    extra: &[Value],
    span: Span,
) -> Result<(Value, bool), Unwind> {
    let mut args = Vec::with_capacity(extra.len() + 1);
    args.push(Value::Object(param.clone()));
    args.extend(extra.iter().cloned());
    let returned = it.call_callable(f, Value::Undefined, args, span)?;
    let p = param.borrow();
    let result = match returned {
        Value::Undefined => p.get("result").cloned().unwrap_or_default(),
        v => v,
    };
    let stop = matches!(p.get("stop"), Some(Value::Bool(true)));
    Ok((result, stop))
}

/// `$1` of a callback: `{value}`.
fn callback_param(value: Value) -> ObjRef {
    Rc::new(RefCell::new(Object {
        props: vec![(Rc::from("value"), value)].into(),
        ..Default::default()
    }))
}

/// A formula, or the name of a method.
pub(super) fn is_callable(v: &Value) -> bool {
    matches!(v, Value::Formula(_) | Value::Text(_))
}

/// Whether the callback `f` says `a` sorts before `b` (`$1.value`,
/// `$1.value2`; a result of True).
pub(super) fn callback_less(
    it: &mut Interp,
    f: &Value,
    extra: &[Value],
    span: Span,
    a: &Value,
    b: &Value,
) -> Result<bool, Unwind> {
    let p = callback_param(a.clone());
    p.borrow_mut().set(Rc::from("value2"), b.clone());
    let (r, _) = callback(it, f, &p, extra, span)?;
    Ok(matches!(r, Value::Bool(true)))
}

/// A stable merge sort whose comparison may fail (a callback may raise).
pub(super) fn merge_sort<T>(
    items: Vec<T>,
    less: &mut dyn FnMut(&T, &T) -> Result<bool, Unwind>,
) -> Result<Vec<T>, Unwind> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect::<Vec<_>>();
    let left = merge_sort(left, less)?;
    let right = merge_sort(right, less)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
    while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
        // Stable: take from the right only when it is strictly less.
        if less(b, a)? {
            out.push(r.next().expect("peeked"));
        } else {
            out.push(l.next().expect("peeked"));
        }
    }
    out.extend(l);
    out.extend(r);
    Ok(out)
}

/// `.sort({formula{; extraParam…}})`, or `.sort(ck descending)`: sorts in place.
pub fn sort(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    match c.get(0) {
        Some(f) if is_callable(f) => {
            let f = f.clone();
            let extra = c.values_from(1);
            let items = std::mem::take(&mut coll.borrow_mut().items);
            let span = c.span;
            let mut less = |a: &Value, b: &Value| callback_less(it, &f, &extra, span, a, b);
            match merge_sort(items.clone(), &mut less) {
                Ok(sorted) => coll.borrow_mut().items = sorted,
                Err(e) => {
                    coll.borrow_mut().items = items;
                    return Err(e.into());
                }
            }
        }
        arg => sort_values(coll, matches!(arg, Some(Value::Real(x)) if *x == 1.0)),
    }
    Ok(this.clone())
}

/// `.orderByMethod(formula{; extraParam…})`: a sorted copy.
pub fn order_by_method(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let f = c.get(0).cloned().unwrap_or_default();
    let extra = c.values_from(1);
    let items = coll.borrow().items.clone();
    let span = c.span;
    let mut less = |a: &Value, b: &Value| callback_less(it, &f, &extra, span, a, b);
    let sorted = merge_sort(items, &mut less)?;
    Ok(like(coll, sorted))
}

/// `.orderBy({criteria})`: a sorted copy; criteria as text (`"name desc,
/// id"`), as a collection of `{propertyPath; descending}`, or
/// `ck ascending`/`ck descending` for scalars.
pub fn order_by(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let mut items = coll.borrow().items.clone();
    let mut keys: Vec<(String, bool)> = Vec::new();
    let mut scalar_desc = false;
    match c.get(0) {
        None | Some(Value::Undefined) => {}
        Some(Value::Real(x)) => scalar_desc = *x == 1.0,
        Some(Value::Text(t)) => {
            for part in t.as_str().split(',') {
                let mut words = part.split_whitespace();
                let Some(path) = words.next() else { continue };
                let desc = words.next().is_some_and(|w| w.eq_ignore_ascii_case("desc"));
                keys.push((path.to_string(), desc));
            }
        }
        Some(Value::Collection(criteria)) => {
            for crit in criteria.borrow().items.iter() {
                let path = display::to_text(&path_get(crit, "propertyPath"));
                let desc = matches!(path_get(crit, "descending"), Value::Bool(true));
                keys.push((path, desc));
            }
        }
        Some(_) => return Err(args_error("orderBy")),
    }
    items.sort_by(|a, b| {
        if keys.is_empty() {
            return if scalar_desc {
                sort_order(b, a)
            } else {
                sort_order(a, b)
            };
        }
        for (path, desc) in &keys {
            let ord = sort_order(&path_get(a, path), &path_get(b, path));
            let ord = if *desc { ord.reverse() } else { ord };
            if ord != Ordering::Equal {
                return ord;
            }
        }
        Ordering::Equal
    });
    Ok(like(coll, items))
}

/// What a walk over the items does with each callback's answer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Walk {
    Map,
    FlatMap,
    Filter,
    Find,
    FindIndex,
    Every,
    Some,
}

impl Walk {
    fn name(self) -> &'static str {
        match self {
            Walk::Map => "map",
            Walk::FlatMap => "flatMap",
            Walk::Filter => "filter",
            Walk::Find => "find",
            Walk::FindIndex => "findIndex",
            Walk::Every => "every",
            Walk::Some => "some",
        }
    }
}

/// Calls the callback (argument 0, or 1 after a start index for the
/// searches) on the items in order, until one stops the walk.
fn walk(it: &mut Interp, this: &Value, c: &mut Call, how: Walk) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let searches = matches!(how, Walk::Find | Walk::FindIndex | Walk::Every | Walk::Some);
    let (from, f_index) = match c.get(0) {
        Some(Value::Real(_)) if searches => (start(c.get(0), 0, len), 1),
        _ => (0, 0),
    };
    let Some(f) = c.get(f_index).cloned().filter(is_callable) else {
        return Err(args_error(how.name()));
    };
    let extra = c.values_from(f_index + 1);
    let mut out = Vec::new();
    let mut found: Option<(i64, Value)> = None;
    let mut all = true;
    let mut any = false;
    let mut i = from;
    while i < len_of(coll) {
        let item = coll.borrow().items[i as usize].clone();
        let p = callback_param(item.clone());
        let (r, stop) = callback(it, &f, &p, &extra, c.span)?;
        let yes = matches!(r, Value::Bool(true));
        match how {
            Walk::Map => out.push(if matches!(r, Value::Undefined) {
                Value::Null
            } else {
                r
            }),
            Walk::FlatMap => match r {
                Value::Collection(x) => out.extend(x.borrow().items.iter().cloned()),
                v => out.push(v),
            },
            Walk::Filter if yes => out.push(item),
            Walk::Find | Walk::FindIndex if yes => {
                found = Some((i, item));
                break;
            }
            Walk::Every if !yes => {
                all = false;
                break;
            }
            Walk::Some if yes => {
                any = true;
                break;
            }
            _ => {}
        }
        if stop {
            break;
        }
        i += 1;
    }
    Ok(match how {
        Walk::Filter => like(coll, out),
        Walk::Map | Walk::FlatMap => Value::new_collection(out),
        Walk::Find => found.map(|(_, v)| v).unwrap_or_default(),
        Walk::FindIndex => Value::int(found.map_or(-1, |(i, _)| i)),
        Walk::Every => Value::Bool(from < len && all),
        Walk::Some => Value::Bool(any),
    })
}

/// `.map(formula{; extraParam…})`
pub fn map(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::Map)
}

/// `.flatMap(formula{; extraParam…})`
pub fn flat_map(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::FlatMap)
}

/// `.filter(formula{; extraParam…})`
pub fn filter(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::Filter)
}

/// `.find({startFrom;} formula{; extraParam…})`
pub fn find(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::Find)
}

/// `.findIndex({startFrom;} formula{; extraParam…})`
pub fn find_index(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::FindIndex)
}

/// `.every({startFrom;} formula{; extraParam…})`
pub fn every(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::Every)
}

/// `.some({startFrom;} formula{; extraParam…})`
pub fn some(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    walk(it, this, c, Walk::Some)
}

/// Folds the items, first to last or last to first, into an accumulator.
fn reduction(it: &mut Interp, this: &Value, c: &mut Call, backwards: bool) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let Some(f) = c.get(0).cloned().filter(is_callable) else {
        return Err(args_error(if backwards { "reduceRight" } else { "reduce" }));
    };
    let mut acc = c.get(1).cloned().unwrap_or_default();
    let extra = c.values_from(2);
    let order: Vec<i64> = if backwards {
        (0..len).rev().collect()
    } else {
        (0..len).collect()
    };
    for i in order {
        let Some(item) = coll.borrow().items.get(i as usize).cloned() else {
            break;
        };
        let p = callback_param(item);
        p.borrow_mut().set(Rc::from("accumulator"), acc.clone());
        let (r, stop) = callback(it, &f, &p, &extra, c.span)?;
        acc = match r {
            Value::Undefined => p.borrow().get("accumulator").cloned().unwrap_or_default(),
            v => v,
        };
        if stop {
            break;
        }
    }
    Ok(acc)
}

/// `.reduce(formula{; initValue{; extraParam…}})`
pub fn reduce(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    reduction(it, this, c, false)
}

/// `.reduceRight(formula{; initValue{; extraParam…}})`
pub fn reduce_right(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    reduction(it, this, c, true)
}
