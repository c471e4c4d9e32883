//! The collection functions that take no callback (docs/API/CollectionClass.md):
//! changing a collection in place (`push`, `insert`, `remove`, `sort`…),
//! reading one (`indexOf`, `join`, `sum`, `distinct`…) and making new ones
//! (`slice`, `concat`, `extract`…). Those with a callback are in
//! `callback.rs`.

use super::{arg_int, args_error, collection, len_of, like, start, stored_args, text_arg};
use crate::builtins::{BResult, Call};
use crate::conv;
use crate::eval::display;
use crate::eval::ops::{search_equal, sort_order};
use crate::eval::value::CollRef;
use crate::eval::{Fault, Interp, Value};
use std::cmp::Ordering;
use std::rc::Rc;

/// `ck diacritical` and `ck count values` (option flags of `.distinct()`).
const CK_DIACRITICAL: i64 = 8;
const CK_COUNT_VALUES: i64 = 32;
/// `ck ignore null or empty` for `.join()`.
const CK_IGNORE_NULL_OR_EMPTY: i64 = 1;
/// `ck keep null` for `.extract()`.
const CK_KEEP_NULL: i64 = 1;

/// `.push(value{; value2…})`: adds at the end; returns the collection.
pub fn push(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    collection(this)?.borrow_mut().items.extend(c.take_from(0));
    Ok(this.clone())
}

pub fn pop(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    Ok(collection(this)?
        .borrow_mut()
        .items
        .pop()
        .unwrap_or_default())
}

pub fn shift(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let mut coll = collection(this)?.borrow_mut();
    Ok(if coll.items.is_empty() {
        Value::Undefined
    } else {
        coll.items.remove(0)
    })
}

pub fn unshift(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    collection(this)?
        .borrow_mut()
        .items
        .splice(0..0, c.take_from(0));
    Ok(this.clone())
}

/// `.insert(index; element)`
pub fn insert(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    let coll = collection(this)?;
    if c.len() < 2 {
        return Err(args_error("insert"));
    }
    let len = len_of(coll);
    let i = start(c.get(0), 0, len).min(len) as usize;
    let v = c.take(1);
    coll.borrow_mut().items.insert(i, v);
    Ok(this.clone())
}

/// `.remove(index{; howMany})`
pub fn remove(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let i = start(c.get(0), 0, len);
    let n = arg_int(c.get(1)).unwrap_or(1).max(0);
    if i < len {
        let end = (i + n).min(len) as usize;
        coll.borrow_mut().items.drain(i as usize..end);
    }
    Ok(this.clone())
}

pub fn clear(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    collection(this)?.borrow_mut().items.clear();
    Ok(this.clone())
}

/// `.resize(size{; defaultValue})`
pub fn resize(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    let n = arg_int(c.get(0)).unwrap_or(0).clamp(0, 100_000_000) as usize;
    let fill = c.get(1).cloned().unwrap_or(Value::Null);
    collection(this)?.borrow_mut().items.resize(n, fill);
    Ok(this.clone())
}

/// `.fill(value{; startFrom{; end}})`
pub fn fill(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    let coll = collection(this)?;
    let len = len_of(coll);
    let v = c.get(0).cloned().unwrap_or_default();
    let from = start(c.get(1), 0, len).min(len) as usize;
    let to = c.get(2).map_or(len, |e| start(Some(e), len, len)).min(len) as usize;
    if from < to {
        coll.borrow_mut().items[from..to]
            .iter_mut()
            .for_each(|x| *x = v.clone());
    }
    Ok(this.clone())
}

/// `.combine(col2{; index})`: inserts another collection's items.
pub fn combine(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let other = match c.get(0) {
        Some(Value::Collection(o)) => o.borrow().items.clone(),
        _ => return Err(args_error("combine")),
    };
    let at = c.get(1).map_or(len, |v| start(Some(v), len, len)).min(len) as usize;
    coll.borrow_mut().items.splice(at..at, other);
    Ok(this.clone())
}

/// `.concat(value{; value2…})`: a new collection with the values (a
/// collection's items) added.
pub fn concat(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    stored_args(c);
    let mut items = collection(this)?.borrow().items.clone();
    for a in c.take_from(0) {
        match a {
            Value::Collection(o) => items.extend(o.borrow().items.iter().cloned()),
            v => items.push(v),
        }
    }
    Ok(Value::new_collection(items))
}

/// `.copy({option{; groupWith}})`: a deep copy; `ck resolve pointers` and
/// `ck shared` as `OB Copy`.
pub fn copy(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let options = arg_int(c.get(0)).unwrap_or(0);
    crate::builtins::copy_options::copy_with(it, this, options, c.span)
}

/// `.slice(startFrom{; end})`
pub fn slice(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let from = start(c.get(0), 0, len).min(len);
    let to = c.get(1).map_or(len, |v| start(Some(v), len, len)).min(len);
    let items = if from < to {
        coll.borrow().items[from as usize..to as usize].to_vec()
    } else {
        Vec::new()
    };
    Ok(like(coll, items))
}

/// `.reverse()`: a deep copy in reverse order, shared if the original is.
pub fn reverse(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let shared = collection(this)?.borrow().shared;
    let copy = this.deep_copy();
    if let Value::Collection(r) = &copy {
        let mut r = r.borrow_mut();
        r.items.reverse();
        r.shared = shared;
    }
    Ok(copy)
}

/// `.flat({depth})`
pub fn flat(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let depth = arg_int(c.get(0)).unwrap_or(1);
    let items = flatten(&collection(this)?.borrow().items, depth);
    Ok(Value::new_collection(items))
}

fn flatten(items: &[Value], depth: i64) -> Vec<Value> {
    let mut out = Vec::new();
    for v in items {
        match v {
            Value::Collection(c) if depth > 0 => out.extend(flatten(&c.borrow().items, depth - 1)),
            v => out.push(v.clone()),
        }
    }
    out
}

/// `.sort()` without a callback: ascending, or descending with `ck descending`.
pub fn sort_values(coll: &CollRef, descending: bool) {
    let mut items = std::mem::take(&mut coll.borrow_mut().items);
    items.sort_by(|a, b| {
        if descending {
            sort_order(b, a)
        } else {
            sort_order(a, b)
        }
    });
    coll.borrow_mut().items = items;
}

/// The first index at or after argument 1 of a value equal to argument 0.
fn first_index(it: &Interp, this: &Value, c: &Call) -> Result<Option<i64>, Fault> {
    let coll = collection(this)?;
    let len = len_of(coll);
    let wanted = c.get(0).cloned().unwrap_or_default();
    let from = start(c.get(1), 0, len);
    let eps = it.epsilon;
    Ok((from..len).find(|&i| search_equal(&coll.borrow().items[i as usize], &wanted, eps)))
}

/// `.indexOf(toSearch{; startFrom})`: -1 when absent.
pub fn index_of(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    Ok(Value::int(first_index(it, this, c)?.unwrap_or(-1)))
}

/// `.includes(toSearch{; startFrom})`
pub fn includes(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    Ok(Value::Bool(first_index(it, this, c)?.is_some()))
}

/// `.lastIndexOf(toSearch{; startFrom})`
pub fn last_index_of(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let wanted = c.get(0).cloned().unwrap_or_default();
    // The docs: start 0 searches nothing; a negative start counts from the
    // end, and a negative result searches nothing.
    let from = match c.get(1) {
        Some(Value::Real(x)) => {
            let i = x.trunc() as i64;
            match i {
                0 => -1,
                i if i < 0 => i + len,
                i => i.min(len - 1),
            }
        }
        _ => len - 1,
    };
    let eps = it.epsilon;
    let found = (0..=from)
        .rev()
        .find(|&i| i >= 0 && search_equal(&coll.borrow().items[i as usize], &wanted, eps));
    Ok(Value::int(found.unwrap_or(-1)))
}

/// `.countValues(value{; propertyPath})`
pub fn count_values(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let wanted = c.get(0).cloned().unwrap_or_default();
    let path = text_arg(c.get(1));
    let eps = it.epsilon;
    let n = collection(this)?
        .borrow()
        .items
        .iter()
        .filter(|v| match &path {
            Some(p) => search_equal(&path_get(v, p), &wanted, eps),
            None => search_equal(v, &wanted, eps),
        })
        .count();
    Ok(Value::int(n as i64))
}

/// `.at(index)`: a negative index counts from the end.
pub fn at(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let len = len_of(coll);
    let i = arg_int(c.get(0)).unwrap_or(0);
    let i = if i < 0 { i + len } else { i };
    Ok(if (0..len).contains(&i) {
        coll.borrow().items[i as usize].clone()
    } else {
        Value::Undefined
    })
}

pub fn first(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    Ok(collection(this)?
        .borrow()
        .items
        .first()
        .cloned()
        .unwrap_or_default())
}

pub fn last(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    Ok(collection(this)?
        .borrow()
        .items
        .last()
        .cloned()
        .unwrap_or_default())
}

/// `.join(delimiter{; option})`
pub fn join(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let sep = match c.get(0) {
        Some(Value::Text(t)) => t.as_str().to_string(),
        _ => return Err(args_error("join")),
    };
    let skip = arg_int(c.get(1)).unwrap_or(0) & CK_IGNORE_NULL_OR_EMPTY != 0;
    let parts: Vec<String> = coll
        .borrow()
        .items
        .iter()
        .filter(|v| {
            !(skip
                && (v.is_null_or_undefined()
                    || matches!(v, Value::Text(t) if t.as_str().is_empty())))
        })
        .map(display::to_text)
        .collect();
    Ok(Value::text(parts.join(&sep)))
}

/// The total and the count of the numbers among the items (or their
/// property at argument 0's path).
fn numbers(this: &Value, c: &Call) -> Result<(f64, usize), Fault> {
    let path = text_arg(c.get(0));
    let coll = collection(this)?;
    let mut total = 0.0;
    let mut count = 0usize;
    for v in coll.borrow().items.iter() {
        if let Value::Real(x) = at_path(v, path.as_deref()) {
            total += x;
            count += 1;
        }
    }
    Ok((total, count))
}

/// `.sum({propertyPath})`
pub fn sum(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    Ok(Value::Real(numbers(this, c)?.0))
}

/// `.average({propertyPath})`: undefined when there is no number.
pub fn average(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let (total, count) = numbers(this, c)?;
    Ok(if count == 0 {
        Value::Undefined
    } else {
        Value::Real(total / count as f64)
    })
}

/// The first (min) or last (max) element of the stable `.sort()` order:
/// among equal ones (objects), the first or the last.
fn extreme(this: &Value, c: &Call, min: bool) -> BResult {
    let path = text_arg(c.get(0));
    let values = defined_values(collection(this)?, path.as_deref());
    Ok(values
        .into_iter()
        .reduce(|a, b| {
            let ord = sort_order(&b, &a);
            let take_b = if min {
                ord == Ordering::Less
            } else {
                ord != Ordering::Less
            };
            if take_b { b } else { a }
        })
        .unwrap_or_default())
}

/// `.min({propertyPath})`
pub fn min(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    extreme(this, c, true)
}

/// `.max({propertyPath})`
pub fn max(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    extreme(this, c, false)
}

/// `.count({propertyPath})`: the items (or properties) neither null nor undefined.
pub fn count(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let path = text_arg(c.get(0));
    let n = collection(this)?
        .borrow()
        .items
        .iter()
        .filter(|v| match &path {
            Some(p) => !path_get(v, p).is_null_or_undefined(),
            None => !v.is_null_or_undefined(),
        })
        .count();
    Ok(Value::int(n as i64))
}

/// `.distinct({propertyPath}{; options})`
pub fn distinct(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    let (path, options) = match (c.get(0), c.get(1)) {
        (Some(Value::Text(p)), o) => (Some(p.as_str().to_string()), arg_int(o).unwrap_or(0)),
        (Some(Value::Real(o)), _) => (None, *o as i64),
        _ => (None, 0),
    };
    let diacritical = options & CK_DIACRITICAL != 0;
    let mut values = defined_values(coll, path.as_deref());
    if diacritical {
        values.sort_by(|a, b| match (a, b) {
            (Value::Text(x), Value::Text(y)) => conv::text_order_strict(x.as_str(), y.as_str()),
            _ => sort_order(a, b),
        });
    } else {
        values.sort_by(sort_order);
    }
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Text(x), Value::Text(y)) if diacritical => x.as_str() == y.as_str(),
        (Value::Text(x), Value::Text(y)) => {
            conv::text_order(x.as_str(), y.as_str()) == Ordering::Equal
        }
        (Value::Object(x), Value::Object(y)) => Rc::ptr_eq(x, y),
        (Value::Collection(x), Value::Collection(y)) => Rc::ptr_eq(x, y),
        _ => sort_order(a, b) == Ordering::Equal && a.value_type() == b.value_type(),
    };
    let mut out: Vec<(Value, i64)> = Vec::new();
    for v in values {
        match out.last_mut() {
            Some((last, n)) if same(last, &v) => *n += 1,
            _ => out.push((v, 1)),
        }
    }
    Ok(Value::new_collection(if options & CK_COUNT_VALUES != 0 {
        out.into_iter()
            .map(|(v, n)| {
                Value::new_object(vec![
                    (Rc::from("value"), v),
                    (Rc::from("count"), Value::int(n)),
                ])
            })
            .collect()
    } else {
        out.into_iter().map(|(v, _)| v).collect()
    }))
}

/// `.equal(collection2{; option})`: deep equality.
pub fn equal(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let other = match c.get(0) {
        Some(Value::Collection(o)) => o.clone(),
        _ => return Err(args_error("equal")),
    };
    let strict = arg_int(c.get(1)).unwrap_or(0) & CK_DIACRITICAL != 0;
    let eps = it.epsilon;
    Ok(Value::Bool(deep_equal(
        this,
        &Value::Collection(other),
        strict,
        eps,
        0,
    )))
}

/// `.extract(propertyPath{; option})`, or `.extract(path; target{; path2;
/// target2…})`: objects with the target properties, where undefined values
/// are left out, nulls kept, and an element that would give `{}` is skipped
/// (the docs' example).
pub fn extract(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?;
    if matches!(c.get(1), Some(Value::Text(_))) {
        let mut pairs = Vec::new();
        for i in (0..c.len()).step_by(2) {
            match (c.get(i), c.get(i + 1)) {
                (Some(Value::Text(p)), Some(Value::Text(t))) => {
                    pairs.push((p.as_str().to_string(), Rc::<str>::from(t.as_str())))
                }
                _ => return Err(args_error("extract")),
            }
        }
        let out = coll
            .borrow()
            .items
            .iter()
            .filter_map(|v| {
                let props: Vec<(Rc<str>, Value)> = pairs
                    .iter()
                    .filter_map(|(p, t)| match path_get(v, p) {
                        Value::Undefined => None,
                        x => Some((t.clone(), x)),
                    })
                    .collect();
                (!props.is_empty()).then(|| Value::new_object(props))
            })
            .collect();
        return Ok(Value::new_collection(out));
    }
    let Some(path) = text_arg(c.get(0)) else {
        return Err(args_error("extract"));
    };
    let keep_null = arg_int(c.get(1)).unwrap_or(0) & CK_KEEP_NULL != 0;
    let out = coll
        .borrow()
        .items
        .iter()
        .map(|v| path_get(v, &path))
        .filter_map(|v| {
            if v.is_null_or_undefined() {
                keep_null.then_some(Value::Null)
            } else {
                Some(v)
            }
        })
        .collect();
    Ok(Value::new_collection(out))
}

/// Reads `a.b.c` from a value (undefined when a step is missing).
pub fn path_get(v: &Value, path: &str) -> Value {
    let mut cur = v.clone();
    for step in path.split('.') {
        cur = match &cur {
            Value::Object(o) => o.borrow().get(step).cloned().unwrap_or_default(),
            _ => return Value::Undefined,
        };
    }
    cur
}

/// An item, or its property at `path` (`"address.city"`) when one is given.
fn at_path(v: &Value, path: Option<&str>) -> Value {
    match path {
        Some(p) => path_get(v, p),
        None => v.clone(),
    }
}

/// The items of a collection, or their property at `path`, without the null
/// and undefined ones (`min`, `max`, `distinct`).
fn defined_values(c: &CollRef, path: Option<&str>) -> Vec<Value> {
    c.borrow()
        .items
        .iter()
        .map(|v| at_path(v, path))
        .filter(|v| !v.is_null_or_undefined())
        .collect()
}

/// `.equal()`: deep equality; texts ignore case and accents unless `strict`.
pub fn deep_equal(a: &Value, b: &Value, strict: bool, eps: f64, depth: usize) -> bool {
    if depth > 256 {
        return false;
    }
    match (a, b) {
        (Value::Collection(x), Value::Collection(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(&y.items)
                    .all(|(p, q)| deep_equal(p, q, strict, eps, depth + 1))
        }
        (Value::Object(x), Value::Object(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.props.len() == y.props.len()
                && x.props.iter().all(|(k, v)| {
                    y.get(k)
                        .is_some_and(|w| deep_equal(v, w, strict, eps, depth + 1))
                })
        }
        (Value::Text(x), Value::Text(y)) if strict => x.as_str() == y.as_str(),
        (Value::Text(x), Value::Text(y)) => {
            conv::text_cmp(x.as_str(), y.as_str()) == Ordering::Equal
        }
        _ => search_equal(a, b, eps) && a.value_type() == b.value_type(),
    }
}
