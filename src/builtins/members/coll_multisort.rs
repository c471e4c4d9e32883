//! `collection.multiSort()` (docs/API/CollectionClass.md): a stable sort of a
//! collection that moves the items of other collections the same way. Each
//! collection of `colsToSort` is a further sort level — ascending, or the
//! `order` of a `{collection; order}` object — which is what the page's
//! Example 2 shows (`$country` orders the European cities).

use super::callback::{callback_less, is_callable, merge_sort};
use super::collection::sort_values;
use super::{args_error, collection};
use crate::builtins::{BResult, Call};
use crate::eval::ops::sort_order;
use crate::eval::value::CollRef;
use crate::eval::{Fault, Interp, Unwind, Value, code};
use std::cmp::Ordering;

/// One collection sorted along, with its order (`ck descending` is 1).
struct Level {
    coll: CollRef,
    descending: bool,
}

/// `.multiSort()`, `.multiSort(colsToSort)`, `.multiSort(formula; colsToSort)`.
pub fn multi_sort(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let coll = collection(this)?.clone();
    let (formula, cols_at) = match c.get(0) {
        Some(f) if is_callable(f) => (Some(f.clone()), 1),
        _ => (None, 0),
    };
    let levels = match c.get(cols_at) {
        Some(Value::Collection(cols)) => levels_of(&cols.borrow().items)?,
        None => Vec::new(),
        Some(_) => return Err(args_error("multiSort")),
    };
    if formula.is_none() && levels.is_empty() {
        sort_values(&coll, false);
        return Ok(this.clone());
    }
    let len = coll.borrow().items.len();
    if levels.iter().any(|l| l.coll.borrow().items.len() != len) {
        return Err(Fault::rt(
            code::ARGUMENTS,
            ".multiSort(): every collection to sort must have as many elements as the collection",
        )
        .into());
    }
    let keys: Vec<Vec<Value>> = std::iter::once(&coll)
        .chain(levels.iter().map(|l| &l.coll))
        .map(|c| c.borrow().items.clone())
        .collect();
    let extra = c.values_from(cols_at + 1);
    let span = c.span;
    let mut less = |a: &usize, b: &usize| -> Result<bool, Unwind> {
        let (a, b) = (*a, *b);
        let first = match &formula {
            Some(f) => {
                if callback_less(it, f, &extra, span, &keys[0][a], &keys[0][b])? {
                    Ordering::Less
                } else if callback_less(it, f, &extra, span, &keys[0][b], &keys[0][a])? {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            None => sort_order(&keys[0][a], &keys[0][b]),
        };
        let rest = levels
            .iter()
            .enumerate()
            .fold(Ordering::Equal, |o, (i, l)| {
                o.then_with(|| {
                    let o = sort_order(&keys[i + 1][a], &keys[i + 1][b]);
                    if l.descending { o.reverse() } else { o }
                })
            });
        Ok(first.then(rest) == Ordering::Less)
    };
    let order = merge_sort((0..len).collect(), &mut less)?;
    for (i, c) in std::iter::once(&coll)
        .chain(levels.iter().map(|l| &l.coll))
        .enumerate()
    {
        c.borrow_mut().items = order.iter().map(|&j| keys[i][j].clone()).collect();
    }
    Ok(this.clone())
}

/// The collections of `colsToSort`: a collection, or `{collection; order}`.
fn levels_of(items: &[Value]) -> Result<Vec<Level>, Fault> {
    items
        .iter()
        .map(|v| match v {
            Value::Collection(c) => Ok(Level {
                coll: c.clone(),
                descending: false,
            }),
            Value::Object(o) => {
                let o = o.borrow();
                match o.get("collection") {
                    Some(Value::Collection(c)) => Ok(Level {
                        coll: c.clone(),
                        descending: matches!(o.get("order"), Some(Value::Real(x)) if *x == 1.0),
                    }),
                    _ => Err(Fault::arguments(".multiSort()")),
                }
            }
            _ => Err(Fault::arguments(".multiSort()")),
        })
        .collect()
}
