//! Class stores and class objects (docs/Concepts/classes.md): `4D` (the
//! built-in classes), `cs` (the project's classes), `OB Class`, `OB Instance
//! of`, and `.new()` on a class object.
//!
//! A class object is an object of class `4D.Class` (`{name; superclass}`,
//! and for a user class `isShared`, `isSingleton`, `isSessionSingleton`)
//! whose native data is the class it describes.

use super::{BResult, Call};
use crate::eval::value::{Class, ClassRef, Object};
use crate::eval::{Fault, Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The class objects' own class.
const CLASS: &str = "Class";

/// One built-in class of the `4D` store, declared once: its name, its
/// superclass, and what `4D.Name.new(…)` does (none: the class cannot be
/// instantiated). Its member functions are `MemberRow`s whose receiver is
/// `Receiver::BuiltIn("Name")` (src/builtins/members/); nothing else lists
/// them. A new built-in class (4D.File, 4D.Signal…) is one row here plus its
/// member rows; a user class may extend it (`Class extends File`).
pub struct BuiltInClass {
    pub name: &'static str,
    pub superclass: Option<&'static str>,
    pub new: Option<fn(&mut Interp, &mut Call) -> BResult>,
}

/// The built-in classes fourd knows, parents before their subclasses.
pub const BUILT_IN: &[BuiltInClass] = &[
    BuiltInClass {
        name: "Object",
        superclass: None,
        new: Some(new_object),
    },
    BuiltInClass {
        name: "Function",
        superclass: Some("Object"),
        new: None,
    },
    BuiltInClass {
        name: "Collection",
        superclass: None,
        new: Some(new_collection),
    },
    BuiltInClass {
        name: "Class",
        superclass: Some("Object"),
        new: None,
    },
    BuiltInClass {
        name: "Blob",
        superclass: Some("Object"),
        new: Some(super::blob_class::new_blob),
    },
    BuiltInClass {
        name: "File",
        superclass: Some("Object"),
        new: None,
    },
    BuiltInClass {
        name: "Folder",
        superclass: Some("Object"),
        new: None,
    },
    BuiltInClass {
        name: "Signal",
        superclass: Some("Object"),
        new: None,
    },
];

/// `4D.Object.new()`: an empty object.
fn new_object(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::new_object(Vec::new()))
}

/// `4D.Collection.new(…)`: a collection of the values.
fn new_collection(_: &mut Interp, c: &mut Call) -> BResult {
    let items = c.take_from(0);
    Ok(Value::Collection(Rc::new(RefCell::new(
        crate::eval::value::Collection {
            items,
            shared: false,
        },
    ))))
}

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
    for row in BUILT_IN {
        let superclass = row
            .superclass
            .and_then(|p| classes.iter().find(|c| &*c.name == p).cloned());
        classes.push(Rc::new(Class {
            name: Rc::from(row.name),
            superclass,
            built_in: true,
            user: None,
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

/// `cs`: the class store of the project's classes, made once (again after
/// the REPL's `:load` adds classes): `cs.Name` is the class object of `Name`.
pub fn cs(it: &mut Interp, _: &mut Call) -> BResult {
    match it.current_module() {
        0 => Ok(user_store(it)),
        module => Ok(component_store(it, module)),
    }
}

/// A component's `cs`: its own classes (develop-components.md: "the
/// component's classes"), made once.
fn component_store(it: &mut Interp, module: u16) -> Value {
    if let Some((_, store)) = it.component_stores.iter().find(|(m, _)| *m == module) {
        return store.clone();
    }
    let four_d = it.class_store(true, four_d_store).clone();
    let Some(class_class) = built_in(it, CLASS) else {
        return Value::Null;
    };
    let classes = it
        .program
        .component(module)
        .map(|c| c.classes.clone())
        .unwrap_or_default();
    let mut made: Vec<(Rc<str>, Value)> = Vec::new();
    for class in &classes {
        user_class_object(class, &class_class, &four_d, &mut made);
    }
    made.sort_by(|a, b| a.0.cmp(&b.0));
    let store = Value::Object(Rc::new(RefCell::new(Object {
        props: made.into(),
        shared: true,
        meta: None,
    })));
    it.component_stores.push((module, store.clone()));
    store
}

/// The namespaces components expose in the host's `cs`, with their modules;
/// a host class of the same name wins (develop-components.md).
fn namespaces(it: &Interp) -> Vec<(Rc<str>, u16)> {
    it.program
        .components
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((c.namespace.clone()?, (i + 1) as u16)))
        .filter(|(n, _)| !it.program.classes.iter().any(|c| c.name == *n))
        .collect()
}

/// The `cs` store, made now if the program's classes changed since.
fn user_store(it: &mut Interp) -> Value {
    let spaces = namespaces(it);
    let count = it.program.classes.len() + spaces.len();
    if let Value::Object(o) = it.class_store(false, || Value::Null)
        && o.borrow().props.len() == count
    {
        return Value::Object(o.clone());
    }
    it.forget_class_store();
    let four_d = it.class_store(true, four_d_store).clone();
    let Some(class_class) = built_in(it, CLASS) else {
        return Value::Null;
    };
    let mut made: Vec<(Rc<str>, Value)> = Vec::new();
    let classes = it.program.classes.clone();
    for class in &classes {
        user_class_object(class, &class_class, &four_d, &mut made);
    }
    for (name, module) in spaces {
        let store = component_store(it, module);
        made.push((name, store));
    }
    made.sort_by(|a, b| a.0.cmp(&b.0));
    let store = Value::Object(Rc::new(RefCell::new(Object {
        props: made.into(),
        shared: true,
        meta: None,
    })));
    it.class_store(false, || store).clone()
}

/// The class object of a user class (its parents' made first), kept in `made`.
fn user_class_object(
    class: &ClassRef,
    class_class: &ClassRef,
    four_d: &Value,
    made: &mut Vec<(Rc<str>, Value)>,
) -> Value {
    if let Some((_, v)) = made.iter().find(|(n, _)| *n == class.name) {
        return v.clone();
    }
    let superclass = match &class.superclass {
        Some(p) if p.built_in => match four_d {
            Value::Object(o) => o.borrow().get(&p.name).cloned().unwrap_or(Value::Null),
            _ => Value::Null,
        },
        Some(p) => user_class_object(p, class_class, four_d, made),
        None => Value::Null,
    };
    let v = class_object(class, class_class, superclass);
    if let (Value::Object(o), Some(user)) = (&v, &class.user) {
        let mut o = o.borrow_mut();
        o.props
            .push_new(Rc::from("isShared"), Value::Bool(user.shared));
        o.props
            .push_new(Rc::from("isSingleton"), Value::Bool(user.singleton));
        o.props.push_new(
            Rc::from("isSessionSingleton"),
            Value::Bool(user.session_singleton),
        );
    }
    made.push((class.name.clone(), v.clone()));
    v
}

/// `Class.new(…)`: a new instance of the class a class object describes
/// (docs/API/ClassClass.md, `.new()`).
pub fn class_new(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let Some(class) = described_class(this) else {
        return Err(Fault::null_access().into());
    };
    if class.built_in {
        let row = BUILT_IN.iter().find(|r| *r.name == *class.name);
        return match row.and_then(|r| r.new) {
            Some(new) => new(it, c),
            None => Err(Fault::rt(
                crate::eval::class::SUPER_SCOPE,
                format!("4D.{} cannot be instantiated with new()", class.name),
            )
            .into()),
        };
    }
    let args = c.take_from(0);
    Ok(it.instantiate(&class, args, c.span)?)
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
    let store = if class.built_in {
        it.class_store(true, four_d_store).clone()
    } else {
        user_store(it)
    };
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
    // Chains are acyclic (a looping Class extends is cut); the bound is
    // the one of the class lookups (src/eval/class.rs).
    let mut at = Some(class);
    for _ in 0..1024 {
        let Some(class) = at else { break };
        if class.name == wanted.name && class.built_in == wanted.built_in {
            return Ok(Value::Bool(true));
        }
        at = class.superclass.clone();
    }
    Ok(Value::Bool(false))
}
