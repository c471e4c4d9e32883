//! Class stores and class objects, as far as the language needs them before
//! user classes exist (language.md §18 is a later stage): `4D` (the built-in
//! classes), `cs` (the project's classes, empty), `OB Class`, `OB Instance of`.

use super::{BResult, Call};
use crate::eval::value::Object;
use crate::eval::{Fault, Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The class objects' own class.
const CLASS: &str = "Class";

/// The built-in classes fourd knows, each with its superclass.
const BUILT_IN: &[(&str, Option<&str>)] = &[
    ("Object", None),
    ("Function", Some("Object")),
    ("Collection", None),
    ("Class", Some("Object")),
];

/// A class object: `{name; superclass}`, of class `Class`.
fn class_object(name: &str, superclass: Value) -> Value {
    Value::Object(Rc::new(RefCell::new(Object {
        props: vec![
            (Rc::from("name"), Value::text(name)),
            (Rc::from("superclass"), superclass),
        ],
        shared: true,
        class: Some(Box::new(Rc::from(CLASS))),
    })))
}

/// The `4D` class store, made once so that `4D.Object=4D.Object`.
fn four_d_store() -> Value {
    let mut made: Vec<(Rc<str>, Value)> = Vec::new();
    for (name, parent) in BUILT_IN {
        let superclass = parent
            .and_then(|p| made.iter().find(|(n, _)| &**n == p))
            .map_or(Value::Null, |(_, v)| v.clone());
        made.push((Rc::from(*name), class_object(name, superclass)));
    }
    Value::Object(Rc::new(RefCell::new(Object {
        props: made,
        shared: true,
        class: None,
    })))
}

/// `4D`: the class store of 4D's built-in classes.
pub fn four_d(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(it.class_store(true, four_d_store).clone())
}

/// `cs`: the class store of the project's classes (none yet in fourd).
pub fn cs(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(it
        .class_store(false, || {
            Value::Object(Rc::new(RefCell::new(Object {
                shared: true,
                ..Object::default()
            })))
        })
        .clone())
}

/// The name of a value's class, or None for a value that is no object.
fn class_name(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Formula(_) => Some(Rc::from("Function")),
        Value::Object(o) => Some(
            o.borrow()
                .class
                .as_deref()
                .cloned()
                .unwrap_or_else(|| Rc::from("Object")),
        ),
        _ => None,
    }
}

/// A class object's name (None: not a class object).
fn name_of_class(v: &Value) -> Option<Rc<str>> {
    let Value::Object(o) = v else { return None };
    let o = o.borrow();
    if o.class.as_deref().map(|c| &**c) != Some(CLASS) {
        return None;
    }
    match o.get("name") {
        Some(Value::Text(t)) => Some(Rc::from(t.as_str())),
        _ => None,
    }
}

/// `OB Class(object)`: the object's class object (Null for no object).
pub fn ob_class(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(name) = class_name(c.value(0)) else {
        return Ok(Value::Null);
    };
    let store = it.class_store(true, four_d_store).clone();
    let Value::Object(store) = store else {
        return Ok(Value::Null);
    };
    let class = store.borrow().get(&name).cloned();
    Ok(class.unwrap_or(Value::Null))
}

/// `OB Instance of(object; class)`: True if the object's class is `class` or
/// one of its subclasses; a `class` that is no class object is error -10745
/// (docs/commands-legacy/ob-instance-of.md).
pub fn ob_instance_of(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(wanted) = name_of_class(c.value(1)) else {
        return Err(Fault::rt(-10745, "The class parameter is not a class").into());
    };
    let Some(mut name) = class_name(c.value(0)) else {
        return Ok(Value::Bool(false));
    };
    let store = it.class_store(true, four_d_store).clone();
    // Walk up the superclasses of the built-in classes; every object is a
    // 4D.Object.
    for _ in 0..16 {
        if name == wanted || &*wanted == "Object" {
            return Ok(Value::Bool(true));
        }
        let parent = match &store {
            Value::Object(s) => match s.borrow().get(&name) {
                Some(Value::Object(class)) => match class.borrow().get("superclass") {
                    Some(Value::Object(p)) => match p.borrow().get("name") {
                        Some(Value::Text(t)) => Some(Rc::from(t.as_str())),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        };
        match parent {
            Some(p) => name = p,
            None => break,
        }
    }
    Ok(Value::Bool(false))
}
