//! Class stores and class objects, as far as the language needs them before
//! user classes exist (docs/language.md §18 is a later stage): `4D` (the built-in
//! classes), `cs` (the project's classes, empty), `OB Class`, `OB Instance of`.
//!
//! A class object is an object of class `4D.Class` (`{name; superclass}`)
//! whose native data is the class it describes.

use super::{BResult, Call};
use crate::eval::value::{Class, ClassRef, Object};
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
    ("File", Some("Object")),
    ("Folder", Some("Object")),
];

/// A class object: `{name; superclass}`, of class `Class`, carrying `class`.
fn class_object(class: &ClassRef, of_class: &ClassRef, superclass: Value) -> Value {
    let mut o = Object::of_class(of_class.clone(), Some(class.clone()));
    o.props = vec![
        (Rc::from("name"), Value::text(&*class.name)),
        (Rc::from("superclass"), superclass),
    ]
    .into();
    o.shared = true;
    Value::Object(Rc::new(RefCell::new(o)))
}

/// The `4D` class store, made once so that `4D.Object=4D.Object`.
fn four_d_store() -> Value {
    let mut classes: Vec<ClassRef> = Vec::new();
    for (name, parent) in BUILT_IN {
        let superclass = parent.and_then(|p| classes.iter().find(|c| &*c.name == p).cloned());
        classes.push(Rc::new(Class {
            name: Rc::from(*name),
            superclass,
            built_in: true,
        }));
    }
    let Some(class_class) = classes.iter().find(|c| &*c.name == CLASS).cloned() else {
        return Value::Null;
    };
    let mut made: Vec<(Rc<str>, Value)> = Vec::new();
    for class in &classes {
        let superclass = class
            .superclass
            .as_ref()
            .and_then(|p| made.iter().find(|(n, _)| *n == p.name))
            .map_or(Value::Null, |(_, v)| v.clone());
        made.push((
            class.name.clone(),
            class_object(class, &class_class, superclass),
        ));
    }
    Value::Object(Rc::new(RefCell::new(Object {
        props: made.into(),
        shared: true,
        meta: None,
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

/// The class a class object describes (None: not a class object).
fn described_class(v: &Value) -> Option<ClassRef> {
    let Value::Object(o) = v else { return None };
    let o = o.borrow();
    if o.class().map(|c| &*c.name) != Some(CLASS) {
        return None;
    }
    o.native_rc::<Class>()
}

/// The class of a value in the `4D` store (None for a value that is no object).
fn class_of(it: &mut Interp, v: &Value) -> Option<ClassRef> {
    let name = match v {
        Value::Formula(_) => Rc::from("Function"),
        Value::Object(o) => match o.borrow().class() {
            Some(class) => return Some(class.clone()),
            None => Rc::from("Object"),
        },
        _ => return None,
    };
    built_in(it, &name)
}

/// A built-in class by name (`"File"` for `4D.File`): what an instance of
/// it is made with ([`crate::eval::value::Object::of_class`]).
pub(crate) fn built_in_class(it: &mut Interp, name: &str) -> Option<ClassRef> {
    built_in(it, name)
}

/// A built-in class by name.
fn built_in(it: &mut Interp, name: &str) -> Option<ClassRef> {
    let Value::Object(store) = it.class_store(true, four_d_store).clone() else {
        return None;
    };
    let class_object = store.borrow().get(name).cloned()?;
    described_class(&class_object)
}

/// `OB Class(object)`: the object's class object (Null for no object).
pub fn ob_class(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(class) = class_of(it, c.value(0)) else {
        return Ok(Value::Null);
    };
    let store = it.class_store(true, four_d_store).clone();
    let Value::Object(store) = store else {
        return Ok(Value::Null);
    };
    let class = store.borrow().get(&class.name).cloned();
    Ok(class.unwrap_or(Value::Null))
}

/// `OB Instance of(object; class)`: True if the object's class is `class` or
/// one of its subclasses; a `class` that is no class object is error -10745
/// (docs/commands-legacy/ob-instance-of.md).
pub fn ob_instance_of(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(wanted) = described_class(c.value(1)) else {
        return Err(Fault::rt(-10745, "The class parameter is not a class").into());
    };
    let Some(class) = class_of(it, c.value(0)) else {
        return Ok(Value::Bool(false));
    };
    // Every object is a 4D.Object.
    if wanted.built_in && &*wanted.name == "Object" {
        return Ok(Value::Bool(true));
    }
    let mut at = Some(class);
    for _ in 0..16 {
        let Some(class) = at else { break };
        if class.name == wanted.name && class.built_in == wanted.built_in {
            return Ok(Value::Bool(true));
        }
        at = class.superclass.clone();
    }
    Ok(Value::Bool(false))
}
