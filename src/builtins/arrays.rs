//! Arrays (docs/language.md §15): `ARRAY TEXT` and friends create or resize; element
//! 0 exists and is not counted by `Size of array`.

use super::{BResult, Call, Fail, outputs};
use crate::eval::value::{Array, ArrayKind, element_default};
use crate::eval::{Fault, Interp, Place, Value, code, coerce, ops};
use crate::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

/// The most elements (or rows) one array may have: past it, -30005.
const MAX_SIZE: i64 = 10_000_000;

fn checked_size(n: i64) -> Result<usize, Fail> {
    if !(0..=MAX_SIZE).contains(&n) {
        return Err(Fault::rt(
            code::INDEX_OUT_OF_RANGE,
            format!("Array size {n} is out of range"),
        )
        .into());
    }
    Ok(n as usize)
}

fn declare(it: &mut Interp, c: &mut Call, kind: ArrayKind, name: &str) -> BResult {
    let Some(place) = c.place(0).cloned() else {
        return Err(Fault::arguments(name).into());
    };
    let size = checked_size(c.int(1))?;
    if c.has(2) {
        let columns = checked_size(c.int(2))?;
        // Rows * columns elements: bounded as one array is.
        if size.saturating_mul(columns) > MAX_SIZE as usize {
            return Err(Fault::rt(code::INDEX_OUT_OF_RANGE, "Array size is out of range").into());
        }
        return declare_two_dimensional(it, c, &place, kind, size, columns);
    }
    it.ensure_array(&place, kind, Some(size), c.span)?;
    Ok(Value::Undefined)
}

/// `ARRAY TEXT($a; rows; columns)` (arrays.md, "Two-dimensional arrays"):
/// `rows` rows (and row 0), each a one-dimensional array of `columns`
/// elements. Resizing a two-dimensional array of the same type keeps the
/// rows and elements that fit.
fn declare_two_dimensional(
    it: &mut Interp,
    c: &Call,
    place: &Place,
    kind: ArrayKind,
    rows: usize,
    columns: usize,
) -> BResult {
    let old: Vec<Value> = if outputs::holds_array(it, place) {
        match it.load(place, c.span)? {
            Value::Array(a) if a.borrow().rows && a.borrow().kind == kind => {
                a.borrow().items.clone()
            }
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let array = it.ensure_array(place, kind, None, c.span)?;
    let items = (0..=rows)
        .map(|i| match old.get(i) {
            Some(Value::Array(row)) => {
                row.borrow_mut()
                    .items
                    .resize(columns + 1, element_default(kind));
                Value::Array(row.clone())
            }
            _ => new_row(kind, columns),
        })
        .collect();
    let mut arr = array.borrow_mut();
    arr.items = items;
    arr.rows = true;
    Ok(Value::Undefined)
}

/// One row of a two-dimensional array: an array of `columns` elements.
fn new_row(kind: ArrayKind, columns: usize) -> Value {
    Value::Array(Rc::new(RefCell::new(Array::new(
        kind,
        vec![element_default(kind); columns + 1],
    ))))
}

/// What a new element of this array is: the type's empty value, or an
/// empty row of a two-dimensional array.
fn new_element(arr: &Array) -> Value {
    if arr.rows {
        new_row(arr.kind, 0)
    } else {
        element_default(arr.kind)
    }
}

/// A copy of an array, its rows copied too (a row is an array of its own).
pub(super) fn copy_of(arr: &Array) -> Array {
    let mut copy = arr.clone();
    if copy.rows {
        for row in &mut copy.items {
            if let Value::Array(r) = row {
                let inner = copy_of(&r.borrow());
                *row = Value::Array(Rc::new(RefCell::new(inner)));
            }
        }
    }
    copy
}

/// `COPY ARRAY(source; destination)` (copy-array.md): the destination gets
/// the source's contents, size and type; a numeric destination keeps its
/// numeric type. Objects are shared, not copied.
pub fn copy_array(it: &mut Interp, c: &mut Call) -> BResult {
    let source = array_arg(it, c, 0, "COPY ARRAY")?;
    let place = outputs::place_arg(c, 1, "COPY ARRAY")?;
    let copy = copy_of(&source.borrow());
    let numeric = |k: ArrayKind| matches!(k, ArrayKind::Real | ArrayKind::Integer);
    let kind = match it.load(&place, c.span) {
        Ok(Value::Array(d)) if numeric(d.borrow().kind) && numeric(copy.kind) && !copy.rows => {
            d.borrow().kind
        }
        _ => copy.kind,
    };
    let dest = it.ensure_array(&place, kind, None, c.span)?;
    if Rc::ptr_eq(&dest, &source) {
        return Ok(Value::Undefined);
    }
    let mut d = dest.borrow_mut();
    d.kind = kind;
    d.rows = copy.rows;
    d.items = if kind == copy.kind {
        copy.items
    } else {
        let ty = crate::eval::array_var_type(kind);
        copy.items
            .into_iter()
            .map(|v| coerce(v, ty).unwrap_or_else(|_| element_default(kind)))
            .collect()
    };
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
pub fn array_picture(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Picture, "ARRAY PICTURE")
}
pub fn array_blob(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Blob, "ARRAY BLOB")
}
pub fn array_pointer(it: &mut Interp, c: &mut Call) -> BResult {
    declare(it, c, ArrayKind::Pointer, "ARRAY POINTER")
}

/// The array an argument designates (a variable holding one, or `$p->`).
pub(super) fn array_arg(
    it: &mut Interp,
    c: &Call,
    i: usize,
    name: &str,
) -> Result<Rc<RefCell<Array>>, Fail> {
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
    if a.borrow().rows {
        return Err(
            Fault::wrong_type("APPEND TO ARRAY cannot append to a two-dimensional array").into(),
        );
    }
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
    let fill: Vec<Value> = (0..n).map(|_| new_element(&arr)).collect();
    arr.items.splice(at..at, fill);
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
