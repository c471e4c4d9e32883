//! ORDA over the run's datastore (`docs/ORDA/*.md`, `docs/API/DataStoreClass.md`,
//! `DataClassClass.md`, `EntityClass.md`, `EntitySelectionClass.md`): `ds`, its dataclasses
//! (`ds.People`), entities and entity selections, as objects of the built-in classes
//! `DataStore`, `DataClass`, `Entity` and `EntitySelection` carrying native data — the table,
//! and the record (and its stamp) or the records. Their member functions are rows of
//! `members/` (`dataclass.rs`, `entity.rs`, `selection.rs` here).
//!
//! An entity's storage attributes are the object's properties, copied from the record when
//! the entity is made (an entity is a copy, as in 4D); `.save()` writes them back.
//! Relation attributes and ORDA user classes (`Class extends Entity`) are not yet there.

pub mod dataclass;
pub mod entity;
pub mod selection;

use super::db::{db, db_fault, query_datum};
use super::{BResult, Call, Fail};
use crate::datastore::structure::TableId;
use crate::datastore::{Datum, QueryArg, QueryParams};
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

/// The placeholder values of a `.query()` (`:1`, `:2`…); a last object argument is the
/// `querySettings` (`parameters`, `attributes`, `allowFormulas`).
pub fn query_params(args: &[Value]) -> QueryParams {
    fn arg(v: &Value) -> QueryArg {
        match v {
            Value::Collection(c) => QueryArg::List(c.borrow().items.iter().map(arg).collect()),
            Value::Object(o) => QueryArg::Object(
                o.borrow()
                    .props
                    .iter()
                    .map(|(k, v)| (k.to_string(), arg(v)))
                    .collect(),
            ),
            v => QueryArg::Value(query_datum(v)),
        }
    }
    let mut params = QueryParams::default();
    let mut values = args;
    let is_settings = |o: &ObjRef| {
        let o = o.borrow();
        o.class().is_none()
            && ["parameters", "attributes", "allowFormulas"]
                .iter()
                .any(|k| o.get(k).is_some())
    };
    if let Some((Value::Object(settings), rest)) = values.split_last()
        && is_settings(settings)
    {
        let s = settings.borrow();
        if let Some(Value::Object(p)) = s.get("parameters") {
            params.parameters = p
                .borrow()
                .props
                .iter()
                .map(|(k, v)| (k.to_string(), arg(v)))
                .collect();
        }
        if let Some(Value::Object(a)) = s.get("attributes") {
            params.attributes = a
                .borrow()
                .props
                .iter()
                .map(|(k, v)| {
                    let path = match v {
                        Value::Text(t) => t.as_str().split('.').map(str::to_string).collect(),
                        Value::Collection(c) => c
                            .borrow()
                            .items
                            .iter()
                            .map(crate::eval::display::to_text)
                            .collect(),
                        _ => Vec::new(),
                    };
                    (k.to_string(), path)
                })
                .collect();
        }
        params.forbid_formulas = matches!(s.get("allowFormulas"), Some(Value::Bool(false)));
        values = rest;
    }
    params.values = values.iter().map(arg).collect();
    params
}

/// Runs an ORDA query string on a table (or within records): formulas are not evaluated yet.
pub fn run_query(
    it: &mut Interp,
    t: TableId,
    text: &str,
    args: &[Value],
    within: Option<&[u32]>,
) -> Result<crate::datastore::QueryOutput, Fail> {
    let params = query_params(args);
    let (db, p) = db(it, "query")?;
    let mut no_formulas = |_: usize, _: TableId, _: u32| {
        Err(crate::datastore::DbError::new(
            crate::datastore::error::ERR_FORMULA_NOT_ALLOWED,
            "formulas in ORDA queries are not available in fourd yet",
        ))
    };
    db.store
        .query_orda(p, t, text, &params, within, &mut no_formulas)
        .map_err(|e| db_fault(e).into())
}
