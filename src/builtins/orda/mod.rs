//! ORDA over the run's datastore (`docs/ORDA/*.md`, `docs/API/DataStoreClass.md`,
//! `DataClassClass.md`, `EntityClass.md`, `EntitySelectionClass.md`): `ds`, its dataclasses
//! (`ds.People`), entities and entity selections, as objects of the built-in classes
//! `DataStore`, `DataClass`, `Entity` and `EntitySelection` carrying native data — the table,
//! and the record (and its stamp) or the records. Their member functions are rows of
//! `members/` (`dataclass.rs`, `entity.rs`, `selection.rs` here).
//!
//! An entity's storage attributes are the object's properties, copied from the record when
//! the entity is made (an entity is a copy, as in 4D); `.save()` writes them back.
//! Relation attributes, `[i]` and projections are answered by `relation.rs` (keyed rows:
//! the names depend on the structure). ORDA user classes (`Class extends Entity`) are not
//! yet there.

pub mod dataclass;
pub mod entity;
pub mod query;
pub mod relation;
pub mod selection;

use super::db::{db, db_fault};
use super::{BResult, Call, Fail};
use crate::datastore::Datum;
use crate::datastore::structure::TableId;
use crate::eval::field::datum_to_value;
use crate::eval::value::{Class, ClassRef, ObjRef, Object};
use crate::eval::{Fault, Interp, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The ORDA classes, made once per thread (a class is compared by name by the dispatcher).
fn class(name: &'static str) -> ClassRef {
    thread_local! {
        static CLASSES: Vec<ClassRef> = ["DataStore", "DataClass", "Entity", "EntitySelection"]
            .into_iter()
            .map(|n| Rc::new(Class { name: Rc::from(n), built_in: true, ..Class::default() }))
            .collect();
    }
    CLASSES.with(|c| {
        c.iter()
            .find(|c| &*c.name == name)
            .cloned()
            .unwrap_or_else(|| {
                Rc::new(Class {
                    name: Rc::from(name),
                    built_in: true,
                    ..Class::default()
                })
            })
    })
}

/// A dataclass object's native data.
pub struct DataClassData {
    pub table: TableId,
}

/// An entity's native data: its record (`None` until a new entity is saved) and the stamp
/// it was read with (ORDA's optimistic lock).
pub struct EntityData {
    pub table: TableId,
    pub rec: Cell<Option<u32>>,
    pub stamp: Cell<u32>,
}

/// An entity selection's native data.
pub struct SelectionData {
    pub table: TableId,
    pub records: Vec<u32>,
    pub ordered: bool,
}

fn object(
    class_name: &'static str,
    native: Rc<dyn std::any::Any>,
    props: Vec<(Rc<str>, Value)>,
) -> Value {
    let mut o = Object::of_class(class(class_name), Some(native));
    o.props = props.into();
    Value::Object(Rc::new(RefCell::new(o)))
}

/// `ds`: the datastore object, one property per dataclass (`docs/API/DataStoreClass.md`).
pub fn ds(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, _) = db(it, "ds")?;
    let structure = db.store.structure().clone();
    let props = structure
        .tables
        .iter()
        .enumerate()
        .map(|(t, table)| {
            (
                Rc::from(table.name.as_str()),
                dataclass_value(&structure, t),
            )
        })
        .collect();
    Ok(object("DataStore", Rc::new(()), props))
}

/// A dataclass object: its attributes as properties (`{name; kind; type; fieldNumber;
/// fieldType}`, `docs/API/DataClassClass.md`, attributeName).
fn dataclass_value(structure: &crate::datastore::Structure, t: TableId) -> Value {
    let props = structure.tables[t]
        .fields
        .iter()
        .map(|f| {
            let attribute = Value::new_object(vec![
                (Rc::from("name"), Value::text(f.name.as_str())),
                (Rc::from("kind"), Value::text("storage")),
                (Rc::from("type"), Value::text(f.kind.orda_type())),
                (Rc::from("fieldNumber"), Value::int(f.number)),
                (Rc::from("fieldType"), Value::int(f.kind.is_constant())),
                (Rc::from("unique"), Value::Bool(f.unique)),
                (Rc::from("mandatory"), Value::Bool(f.not_null)),
                (
                    Rc::from("autoFilled"),
                    Value::Bool(f.autosequence || f.autogenerate),
                ),
            ]);
            (Rc::from(f.name.as_str()), attribute)
        })
        .collect();
    object("DataClass", Rc::new(DataClassData { table: t }), props)
}

/// An entity object for a record's values.
pub fn entity_value(
    it: &mut Interp,
    t: TableId,
    rec: Option<u32>,
    values: Vec<Datum>,
    stamp: u32,
) -> Result<Value, Fail> {
    let (db, _) = db(it, "entity")?;
    let structure = db.store.structure().clone();
    let props = structure.tables[t]
        .fields
        .iter()
        .zip(values)
        .map(|(f, d)| (Rc::from(f.name.as_str()), datum_to_value(d, f.kind)))
        .collect();
    let data = EntityData {
        table: t,
        rec: Cell::new(rec),
        stamp: Cell::new(stamp),
    };
    Ok(object("Entity", Rc::new(data), props))
}

/// The entity of a saved record, read as the process sees it.
pub fn entity_of(it: &mut Interp, t: TableId, rec: u32) -> Result<Value, Fail> {
    let (db, p) = db(it, "entity")?;
    let values = db.store.read_for(p, t, rec).map_err(db_fault)?;
    let stamp = db.store.stamp(t, rec).unwrap_or(0);
    entity_value(it, t, Some(rec), values, stamp)
}

/// An entity selection object (`length` is a property).
pub fn selection_value(t: TableId, records: Vec<u32>, ordered: bool) -> Value {
    let props = vec![(Rc::from("length"), Value::int(records.len() as i64))];
    let data = SelectionData {
        table: t,
        records,
        ordered,
    };
    object("EntitySelection", Rc::new(data), props)
}

/// The native data of a receiver of class `T`.
pub fn native<T: 'static>(this: &Value, what: &str) -> Result<(ObjRef, Rc<T>), Fail> {
    if let Value::Object(o) = this
        && let Some(data) = o.borrow().native_rc::<T>()
    {
        return Ok((o.clone(), data));
    }
    Err(Fault::wrong_type(format!("this function needs {what}")).into())
}

/// A field of the table by attribute name.
pub fn attribute(it: &mut Interp, t: TableId, name: &str) -> Result<usize, Fail> {
    let (db, _) = db(it, "attribute")?;
    db.store.structure().tables[t]
        .field_named(name)
        .ok_or_else(|| {
            Fault::rt(
                crate::datastore::error::ERR_QUERY_SYNTAX,
                format!("'{name}' is not an attribute of this dataclass"),
            )
            .into()
        })
}

pub use query::run_query;
