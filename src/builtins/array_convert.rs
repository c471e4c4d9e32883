//! Arrays to and from collections and object properties: `COLLECTION TO
//! ARRAY`, `ARRAY TO COLLECTION` (with property names, their Example 2),
//! `OB SET ARRAY`, `OB GET ARRAY`. An element becomes the array's type as an
//! assignment would make it; one that cannot becomes the type's empty value.

use super::arrays::array_arg;
use super::objects::object_to_set;
use super::{BResult, Call, Fail, outputs};
use crate::eval::value::{ArrayKind, Collection, Object, element_default, stored};
use crate::eval::{Fault, Interp, Value, coerce};
use std::cell::RefCell;
use std::rc::Rc;

/// `values` as elements of an array of `kind` (element 0 first).
fn as_elements(kind: ArrayKind, values: impl IntoIterator<Item = Value>) -> Vec<Value> {
    let ty = crate::eval::array_var_type(kind);
    std::iter::once(element_default(kind))
        .chain(
            values
                .into_iter()
                .map(|v| coerce(v, ty).unwrap_or_else(|_| element_default(kind))),
        )
        .collect()
}

/// An array argument's index and the property name given after it.
type ArrayPair = (usize, Option<Rc<str>>);

/// The (array argument, property name) pairs of `array{; property}{; array2;
/// property2…}`, from argument `first`. Without any name: one array, `None`.
fn array_pairs(c: &Call, first: usize, command: &str) -> Result<Vec<ArrayPair>, Fail> {
    if !c.has(first + 1) {
        return Ok(vec![(first, None)]);
    }
    let mut pairs = Vec::new();
    let mut i = first;
    while i < c.len() {
        let name = match c.get(i + 1) {
            Some(Value::Text(t)) => Rc::from(t.as_str()),
            _ => return Err(Fault::arguments(command).into()),
        };
        pairs.push((i, Some(name)));
        i += 2;
    }
    Ok(pairs)
}

/// `COLLECTION TO ARRAY(collection; array{; propertyName}{; array2;
/// propertyName2…})` (collection-to-array.md): each array gets as many
/// elements as the collection has; with a property name, each element is
/// that property of the collection's object (an element that is no object,
/// or has no such property, gives the empty value). `""` takes the elements.
pub fn collection_to_array(it: &mut Interp, c: &mut Call) -> BResult {
    let items = match c.value(0) {
        Value::Collection(col) => col.borrow().items.clone(),
        _ => return Err(Fault::arguments("COLLECTION TO ARRAY").into()),
    };
    for (i, name) in array_pairs(c, 1, "COLLECTION TO ARRAY")? {
        let a = array_arg(it, c, i, "COLLECTION TO ARRAY")?;
        let kind = a.borrow().kind;
        let values = items.iter().map(|v| match (&name, v) {
            (None, v) => v.clone(),
            (Some(n), v) if n.is_empty() => v.clone(),
            (Some(n), Value::Object(o)) => o.borrow().get(n).cloned().unwrap_or_default(),
            (Some(_), _) => Value::Undefined,
        });
        let elements = as_elements(kind, values);
        a.borrow_mut().items = elements;
    }
    Ok(Value::Undefined)
}

/// `ARRAY TO COLLECTION(collection; array{; propertyName}{; array2;
/// propertyName2…})` (array-to-collection.md): without names the
/// collection becomes the array's elements; with names, element i becomes
/// an object with each name set to element i of its array, and the
/// collection is as long as the largest array.
pub fn array_to_collection(it: &mut Interp, c: &mut Call) -> BResult {
    let col = match c.value(0) {
        Value::Collection(col) => col.clone(),
        _ => return Err(Fault::arguments("ARRAY TO COLLECTION").into()),
    };
    it.may_change(col.borrow().shared)?;
    let shared = col.borrow().shared;
    let pairs = array_pairs(c, 1, "ARRAY TO COLLECTION")?;
    let mut columns = Vec::with_capacity(pairs.len());
    for (i, name) in pairs {
        let a = array_arg(it, c, i, "ARRAY TO COLLECTION")?;
        let values: Vec<Value> = a.borrow().items.iter().skip(1).cloned().collect();
        columns.push((name, values));
    }
    let items = match columns.as_slice() {
        [(None, values)] => values.iter().cloned().map(stored).collect(),
        _ => {
            let len = columns.iter().map(|(_, v)| v.len()).max().unwrap_or(0);
            (0..len)
                .map(|row| {
                    let mut o = Object {
                        shared,
                        ..Object::default()
                    };
                    for (name, values) in &columns {
                        if let (Some(n), Some(v)) = (name, values.get(row)) {
                            o.set(n.clone(), stored(v.clone()));
                        }
                    }
                    Value::Object(Rc::new(RefCell::new(o)))
                })
                .collect()
        }
    };
    col.borrow_mut().items = items;
    Ok(Value::Undefined)
}

/// `OB SET ARRAY(object; property; array)` (ob-set-array.md): the property
/// becomes a collection of the array's elements; a simple variable (or an
/// element) gives a one-element collection. Two-dimensional arrays are
/// refused, as the page says.
pub fn ob_set_array(it: &mut Interp, c: &mut Call) -> BResult {
    let o = object_to_set(it, c)?;
    let key: Rc<str> = Rc::from(c.text(1));
    let items: Vec<Value> = match c.value(2) {
        Value::Array(a) if a.borrow().rows => {
            return Err(
                Fault::wrong_type("OB SET ARRAY does not take two-dimensional arrays").into(),
            );
        }
        Value::Array(a) => a
            .borrow()
            .items
            .iter()
            .skip(1)
            .cloned()
            .map(stored)
            .collect(),
        v => vec![stored(v.clone())],
    };
    let shared = o.borrow().shared;
    let col = Collection { items, shared };
    o.borrow_mut()
        .set(key, Value::Collection(Rc::new(RefCell::new(col))));
    Ok(Value::Undefined)
}

/// `OB GET ARRAY(object; property; array)` (ob-get-array.md): the array
/// gets the elements of the property's collection (none when the property
/// is missing or not a collection).
pub fn ob_get_array(it: &mut Interp, c: &mut Call) -> BResult {
    let items = match c.value(0) {
        Value::Object(o) => match o.borrow().get(c.text(1)) {
            Some(Value::Collection(col)) => col.borrow().items.clone(),
            _ => Vec::new(),
        },
        Value::Null | Value::Undefined => Vec::new(),
        _ => return Err(Fault::arguments("OB GET ARRAY").into()),
    };
    let place = outputs::place_arg(c, 2, "OB GET ARRAY")?;
    let kind = match it.load(&place, c.span) {
        Ok(Value::Array(a)) => a.borrow().kind,
        _ => ArrayKind::Object,
    };
    let array = it.ensure_array(&place, kind, None, c.span)?;
    let elements = as_elements(kind, items);
    array.borrow_mut().items = elements;
    Ok(Value::Undefined)
}
