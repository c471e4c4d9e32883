//! Arrays (docs/language.md §15): `ARRAY TEXT` and friends create or resize; element
//! 0 exists and is not counted by `Size of array`.

use super::{BResult, Call, Fail};
use crate::eval::value::{Array, ArrayKind, element_default};
use crate::eval::{Fault, Interp, Value, code, coerce, ops};
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

fn declare(it: &mut Interp, c: &mut Call, kind: ArrayKind, name: &str) -> BResult {
    let Some(place) = c.place(0).cloned() else {
        return Err(Fault::arguments(name).into());
    };
    if c.has(2) {
        return Err(Fault::unavailable("two-dimensional arrays").into());
    }
    let size = c.int(1);
    if !(0..=10_000_000).contains(&size) {
        return Err(Fault::rt(
            code::INDEX_OUT_OF_RANGE,
            format!("Array size {size} is out of range"),
        )
        .into());
    }
    it.ensure_array(&place, kind, Some(size as usize), c.span)?;
    Ok(Value::Undefined)
}

pub fn array_text(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Text, "ARRAY TEXT")
}
pub fn array_longint(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Integer, "ARRAY LONGINT")
}
pub fn array_integer(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Integer, "ARRAY INTEGER")
}
pub fn array_real(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Real, "ARRAY REAL")
}
pub fn array_boolean(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Boolean, "ARRAY BOOLEAN")
}
pub fn array_date(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Date, "ARRAY DATE")
}
pub fn array_time(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Time, "ARRAY TIME")
}
pub fn array_object(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Object, "ARRAY OBJECT")
}
pub fn array_pointer(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Pointer, "ARRAY POINTER")
}

/// The array an argument designates (a variable holding one, or `$p->`).
fn array_arg(it: &mut Interp, c: &Call, i: usize, name: &str) -> Result<Rc<RefCell<Array>>, Fail> {
    let v = match c.place(i) {
        Some(p) => {
            let p = p.clone();
            it.load(&p, c.span)?
        }
        None => c.value(i).clone(),
    };
    match v {
        Value::Array(a) => Ok(a),
        _ => Err(Fault::arguments(name).into()),
    }
}

pub fn size_of_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "Size of array")?;
    Ok(Value::int(a.borrow().items.len().saturating_sub(1) as i64))
}

pub fn append_to_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "APPEND TO ARRAY")?;
    let kind = a.borrow().kind;
    let v = coerce(c.take(1), crate::eval::array_var_type(kind))?;
    a.borrow_mut().items.push(v);
    Ok(Value::Undefined)
}

pub fn insert_in_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "INSERT IN ARRAY")?;
    let n = if c.has(2) { c.int(2) } else { 1 }.clamp(0, 10_000_000) as usize;
    let mut arr = a.borrow_mut();
    let size = arr.items.len() as i64;
    let at = c.int(1).clamp(1, size) as usize;
    let fill = element_default(arr.kind);
    arr.items.splice(at..at, std::iter::repeat_n(fill, n));
    Ok(Value::Undefined)
}

pub fn delete_from_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "DELETE FROM ARRAY")?;
    let n = if c.has(2) { c.int(2) } else { 1 }.max(0);
    let mut arr = a.borrow_mut();
    let size = arr.items.len() as i64;
    let at = c.int(1);
    if at >= 1 && at < size {
        let end = (at + n).min(size);
        arr.items.drain(at as usize..end as usize);
    }
    Ok(Value::Undefined)
}

/// `Find in array(array; value{; start})`: the first index, or -1.
pub fn find_in_array(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 0, "Find in array")?;
    let wanted = c.value(1).clone();
    let start = if c.has(2) { c.int(2).max(1) } else { 1 } as usize;
    let arr = a.borrow();
    let found = arr
        .items
        .iter()
        .enumerate()
        .skip(start)
        .find(|(_, v)| ops::search_equal(v, &wanted, it.epsilon));
    Ok(Value::int(found.map_or(-1, |(i, _)| i as i64)))
}

/// `SORT ARRAY(array{; array2…}{; > or <})`: the first array orders the others.
pub fn sort_array(it: &mut Interp, c: &mut Call) -> BResult {
    let mut arrays = Vec::new();
    let mut descending = false;
    for i in 0..c.len() {
        match c.symbol(i) {
            Some(BinOp::Lt) => descending = true,
            Some(BinOp::Gt) => descending = false,
            Some(_) => return Err(Fault::arguments("SORT ARRAY").into()),
            None => arrays.push(array_arg(it, c, i, "SORT ARRAY")?),
        }
    }
    let Some(first) = arrays.first() else {
        return Err(Fault::arguments("SORT ARRAY").into());
    };
    let n = first.borrow().items.len();
    let mut order: Vec<usize> = (1..n).collect();
    {
        let keys = first.borrow();
        order.sort_by(|&x, &y| {
            let o = ops::sort_order(&keys.items[x], &keys.items[y]);
            if descending { o.reverse() } else { o }
        });
    }
    for a in &arrays {
        let mut arr = a.borrow_mut();
        if arr.items.len() != n {
            continue;
        }
        let sorted: Vec<Value> = order.iter().map(|&i| arr.items[i].clone()).collect();
        arr.items.truncate(1);
        arr.items.extend(sorted);
    }
    Ok(Value::Undefined)
}

/// `COLLECTION TO ARRAY(collection; array{; property; array…})`
pub fn collection_to_array(it: &mut Interp, c: &mut Call) -> BResult {
    let items = match c.value(0) {
        Value::Collection(col) => col.borrow().items.clone(),
        _ => return Err(Fault::arguments("COLLECTION TO ARRAY").into()),
    };
    let a = array_arg(it, c, 1, "COLLECTION TO ARRAY")?;
    let kind = a.borrow().kind;
    let ty = crate::eval::array_var_type(kind);
    let mut values = vec![element_default(kind)];
    for v in items {
        values.push(coerce(v, ty).unwrap_or_else(|_| element_default(kind)));
    }
    a.borrow_mut().items = values;
    Ok(Value::Undefined)
}

/// `ARRAY TO COLLECTION(collection; array)`
pub fn array_to_collection(it: &mut Interp, c: &mut Call) -> BResult {
    let a = array_arg(it, c, 1, "ARRAY TO COLLECTION")?;
    match c.value(0) {
        Value::Collection(col) => {
            col.borrow_mut().items = a.borrow().items.iter().skip(1).cloned().collect();
            Ok(Value::Undefined)
        }
        _ => Err(Fault::arguments("ARRAY TO COLLECTION").into()),
    }
}
