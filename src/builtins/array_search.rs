//! Searching and sorting arrays beyond `Find in array` and `SORT ARRAY`:
//! `Count in array`, `Find in sorted array` (a binary search), `MULTI SORT
//! ARRAY` (several sort levels). Elements compare as `Find in array` and
//! `SORT ARRAY` compare them.

use super::arrays::array_arg;
use super::outputs::store_arg;
use super::{BResult, Call, Fail};
use crate::eval::value::{Array, ArrayKind, Target};
use crate::eval::{Fault, Interp, Value, ops};
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

type ArrayRef = Rc<RefCell<Array>>;

/// `Count in array(array; value)` (count-in-array.md): how many elements
/// equal the value (object elements: the same reference).
pub fn count_in_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "Count in array")?;
    let wanted = c.value(1).clone();
    let n = a
        .borrow()
        .items
        .iter()
        .skip(1)
        .filter(|v| ops::search_equal(v, &wanted, it.epsilon))
        .count();
    Ok(Value::int(n as i64))
}

/// `Find in sorted array(array; value; > or <{; posFirst{; posLast}})`
/// (find-in-sorted-array.md): True when an element equals the value;
/// posFirst and posLast get the first and last equal elements, or (not
/// found) both the place where the value would be inserted. Pointer and
/// Boolean arrays, and a text with `@` before its end, are searched one
/// element after another, posFirst and posLast -1 when not found.
pub fn find_in_sorted_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "Find in sorted array")?;
    let wanted = c.value(1).clone();
    let descending = match c.symbol(2) {
        Some(BinOp::Gt) => false,
        Some(BinOp::Lt) => true,
        _ => return Err(Fault::arguments("Find in sorted array").into()),
    };
    let eps = it.epsilon;
    let (first, last) = {
        let arr = a.borrow();
        let sequential = matches!(
            arr.kind,
            ArrayKind::Pointer | ArrayKind::Boolean | ArrayKind::Picture | ArrayKind::Blob
        ) || arr.rows
            || matches!(&wanted, Value::Text(t) if t.as_str().trim_end_matches('@').contains('@'));
        if sequential {
            let hits: Vec<usize> = (1..arr.items.len())
                .filter(|&i| ops::search_equal(&arr.items[i], &wanted, eps))
                .collect();
            match (hits.first(), hits.last()) {
                (Some(&f), Some(&l)) => (f as i64, l as i64 + 1),
                _ => (-1, -1),
            }
        } else {
            binary_search(&arr.items, &wanted, descending, eps)
        }
    };
    let found = first >= 1 && last > first;
    let (pos_first, pos_last) = match (found, first) {
        (true, _) => (first, last - 1),
        (false, -1) => (-1, -1),
        (false, at) => (at, at),
    };
    store_arg(it, c, 3, Value::int(pos_first))?;
    store_arg(it, c, 4, Value::int(pos_last))?;
    Ok(Value::Bool(found))
}

/// The range `[first, last)` of elements (from 1) equal to the value in
/// sorted `items`; empty at the insertion point when none is.
fn binary_search(items: &[Value], wanted: &Value, descending: bool, eps: f64) -> (i64, i64) {
    // A trailing `@` ("test@") matches a run of neighbours: compare to the
    // text before it, and count a match as equal.
    let key = match wanted {
        Value::Text(t) if t.as_str().ends_with('@') => {
            Value::text(t.as_str().trim_end_matches('@'))
        }
        v => v.clone(),
    };
    let order = |v: &Value| {
        let o = if ops::search_equal(v, wanted, eps) {
            Ordering::Equal
        } else {
            ops::sort_order(v, &key)
        };
        if descending { o.reverse() } else { o }
    };
    let body = items.get(1..).unwrap_or_default();
    let first = body.partition_point(|v| order(v) == Ordering::Less);
    let last = body.partition_point(|v| order(v) != Ordering::Greater);
    (first as i64 + 1, last.max(first) as i64 + 1)
}

/// `MULTI SORT ARRAY(array{; > or <}{; array2{; > or <}…})` or `MULTI SORT
/// ARRAY(pointers; orders)` (multi-sort-array.md): sorts the arrays
/// together, by each array followed by `>` or `<` (or with an order 1 or -1)
/// in turn; the others follow. At least one criterion is needed.
pub fn multi_sort_array(it: &mut Interp, c: &mut Call) -> BResult {
    let mut levels: Vec<(ArrayRef, Option<bool>)> = Vec::new();
    let by_pointers = c.len() == 2 && c.symbol(1).is_none() && {
        let first = array_arg(it, c, 0, "MULTI SORT ARRAY")?;
        let kind = first.borrow().kind;
        kind == ArrayKind::Pointer
    };
    if by_pointers {
        let pointers = array_arg(it, c, 0, "MULTI SORT ARRAY")?;
        let orders = array_arg(it, c, 1, "MULTI SORT ARRAY")?;
        let pointers = pointers.borrow().items.clone();
        let orders = orders.borrow().items.clone();
        if pointers.len() != orders.len() {
            return Err(Fault::arguments("MULTI SORT ARRAY").into());
        }
        for (p, o) in pointers.iter().zip(&orders).skip(1) {
            let array = pointed_array(it, p, c)?;
            let order = match o {
                Value::Real(x) if *x > 0.0 => Some(false),
                Value::Real(x) if *x < 0.0 => Some(true),
                _ => None,
            };
            levels.push((array, order));
        }
    } else {
        for i in 0..c.len() {
            match c.symbol(i) {
                Some(op) => {
                    let descending = match op {
                        BinOp::Gt => false,
                        BinOp::Lt => true,
                        _ => return Err(Fault::arguments("MULTI SORT ARRAY").into()),
                    };
                    match levels.last_mut() {
                        Some((_, order @ None)) => *order = Some(descending),
                        _ => return Err(Fault::arguments("MULTI SORT ARRAY").into()),
                    }
                }
                None => levels.push((array_arg(it, c, i, "MULTI SORT ARRAY")?, None)),
            }
        }
    }
    if levels.iter().all(|(_, o)| o.is_none()) {
        return Err(Fault::arguments("MULTI SORT ARRAY").into());
    }
    let n = levels[0].0.borrow().items.len();
    if levels
        .iter()
        .any(|(a, _)| a.borrow().items.len() != n || a.borrow().rows)
    {
        return Err(Fault::wrong_type(
            "MULTI SORT ARRAY sorts one-dimensional arrays of the same size",
        )
        .into());
    }
    let mut order: Vec<usize> = (1..n).collect();
    {
        let keys: Vec<(std::cell::Ref<Array>, bool)> = levels
            .iter()
            .filter_map(|(a, o)| o.map(|d| (a.borrow(), d)))
            .collect();
        order.sort_by(|&x, &y| {
            keys.iter()
                .map(|(k, descending)| {
                    let o = ops::sort_order(&k.items[x], &k.items[y]);
                    if *descending { o.reverse() } else { o }
                })
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        });
    }
    let mut done: Vec<*const RefCell<Array>> = Vec::new();
    for (a, _) in &levels {
        if done.contains(&Rc::as_ptr(a)) {
            continue;
        }
        done.push(Rc::as_ptr(a));
        let mut arr = a.borrow_mut();
        let sorted: Vec<Value> = order.iter().map(|&i| arr.items[i].clone()).collect();
        arr.items.truncate(1);
        arr.items.extend(sorted);
    }
    Ok(Value::Undefined)
}

/// The array a pointer element designates.
fn pointed_array(it: &mut Interp, p: &Value, c: &Call) -> Result<ArrayRef, Fail> {
    let target: &Target = match p {
        Value::Pointer(t) => t,
        _ => return Err(Fault::arguments("MULTI SORT ARRAY").into()),
    };
    let place = it.target_place(target, c.span)?;
    match it.load(&place, c.span)? {
        Value::Array(a) => Ok(a),
        _ => Err(Fault::arguments("MULTI SORT ARRAY").into()),
    }
}
