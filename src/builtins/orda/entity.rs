//! Member functions of entities (`docs/API/EntityClass.md`): `.save()` and `.drop()` with
//! their status objects (optimistic locking by stamp), `.reload()`, `.getKey()`,
//! `.toObject()`, `.isNew()`, `.getStamp()`.

use super::{EntityData, native};
use crate::builtins::db::db;
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::{Datum, DbError};
use crate::eval::field::{datum_to_value, value_to_datum};
use crate::eval::value::ObjRef;
use crate::eval::{Interp, Value};
use std::rc::Rc;

fn success() -> Value {
    Value::new_object(vec![(Rc::from("success"), Value::Bool(true))])
}

/// The result object of a failed save, drop or reload: `status`, `statusText` and the
/// engine's error in `errors` (`EntityClass.md`, "status and statusText").
fn failure(e: &DbError) -> Value {
    let status = e.orda_status();
    let error = Value::new_object(vec![
        (Rc::from("errCode"), Value::int(i64::from(e.code))),
        (Rc::from("message"), Value::text(e.message.as_str())),
        (Rc::from("componentSignature"), Value::text(e.signature)),
    ]);
    Value::new_object(vec![
        (Rc::from("success"), Value::Bool(false)),
        (Rc::from("status"), Value::int(i64::from(status.code()))),
        (Rc::from("statusText"), Value::text(status.text())),
        (Rc::from("errors"), Value::new_collection(vec![error])),
    ])
}

/// The entity's attribute values, as the fields store them.
fn values(it: &mut Interp, o: &ObjRef, t: usize) -> Result<Vec<Datum>, Fail> {
    let (db, _) = db(it, "save")?;
    let fields = db.store.structure().tables[t].fields.clone();
    let o = o.borrow();
    fields
        .iter()
        .map(|f| {
            let v = o.get(&f.name).cloned().unwrap_or(Value::Null);
            value_to_datum(&v, f).map_err(Fail::from)
        })
        .collect()
}

/// Copies a record's values into the entity's properties.
fn write_back(it: &mut Interp, o: &ObjRef, t: usize, rec: u32) -> Result<(), DbError> {
    let (db, p) = db(it, "reload").map_err(|_| DbError::new(0, "no datastore"))?;
    let row = db.store.read_for(p, t, rec)?;
    let structure = db.store.structure().clone();
    let mut o = o.borrow_mut();
    for (f, d) in structure.tables[t].fields.iter().zip(row) {
        o.set(Rc::from(f.name.as_str()), datum_to_value(d, f.kind));
    }
    Ok(())
}

/// `.save()`: creates or updates the record; a stamp changed since the entity was read is
/// status 2, a locked record 3, a record gone 5, any other error 4.
pub fn save(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (o, data) = native::<EntityData>(this, "an entity")?;
    let t = data.table;
    let values = values(it, &o, t)?;
    let (db, p) = db(it, "save")?;
    let result = match data.rec.get() {
        None => db.store.create(p, t, values).map(|rec| {
            data.rec.set(Some(rec));
            1
        }),
        Some(rec) => db.store.update(p, t, rec, values, Some(data.stamp.get())),
    };
    match result {
        Ok(stamp) => {
            data.stamp.set(stamp);
            if let Some(rec) = data.rec.get() {
                write_back(it, &o, t, rec).map_err(crate::builtins::db::db_fault)?;
            }
            Ok(success())
        }
        Err(e) => Ok(failure(&e)),
    }
}

/// `.drop()`: deletes the record (status objects as for `.save()`).
pub fn drop(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (_, data) = native::<EntityData>(this, "an entity")?;
    let Some(rec) = data.rec.get() else {
        return Ok(failure(&DbError::new(
            crate::datastore::error::ERR_RECORD_OUT_OF_RANGE,
            "the entity was never saved",
        )));
    };
    let (db, p) = db(it, "drop")?;
    match db.store.delete(p, data.table, rec, Some(data.stamp.get())) {
        Ok(()) => {
            db.forget_deleted(p);
            Ok(success())
        }
        Err(e) => Ok(failure(&e)),
    }
}

/// `.reload()`: reads the record again into the entity.
pub fn reload(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (o, data) = native::<EntityData>(this, "an entity")?;
    let Some(rec) = data.rec.get() else {
        return Ok(success());
    };
    match write_back(it, &o, data.table, rec) {
        Ok(()) => {
            let (db, _) = db(it, "reload")?;
            data.stamp.set(db.store.stamp(data.table, rec).unwrap_or(0));
            Ok(success())
        }
        Err(e) => Ok(failure(&e)),
    }
}

/// `.getKey()`: the primary key's value (Null without a primary key).
pub fn get_key(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (o, data) = native::<EntityData>(this, "an entity")?;
    let (db, _) = db(it, "getKey")?;
    let table = &db.store.structure().tables[data.table];
    let Some(pk) = table.primary_key else {
        return Ok(Value::Null);
    };
    let name = table.fields[pk].name.clone();
    Ok(o.borrow().get(&name).cloned().unwrap_or(Value::Null))
}

/// `.toObject({filter})`: the attributes as a plain object; `filter` names some of them
/// (`"a, b"` or a collection of names).
pub fn to_object(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let (o, data) = native::<EntityData>(this, "an entity")?;
    let (db, _) = db(it, "toObject")?;
    let fields: Vec<String> = db.store.structure().tables[data.table]
        .fields
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let wanted = attribute_filter(c.value(0));
    let o = o.borrow();
    let props = fields
        .iter()
        .filter(|n| wanted.as_ref().is_none_or(|w| w.iter().any(|x| x == *n)))
        .map(|n| {
            (
                Rc::from(n.as_str()),
                o.get(n).cloned().unwrap_or(Value::Null),
            )
        })
        .collect();
    Ok(Value::new_object(props))
}

/// The attribute names of a `filter` argument (`"a, b"`, `"*"`, or a collection).
pub fn attribute_filter(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::Text(t) if t.as_str().trim() == "*" || t.as_str().trim().is_empty() => None,
        Value::Text(t) => Some(
            t.as_str()
                .split(',')
                .map(|s| s.trim().to_string())
                .collect(),
        ),
        Value::Collection(c) => Some(
            c.borrow()
                .items
                .iter()
                .map(crate::eval::display::to_text)
                .collect(),
        ),
        _ => None,
    }
}

/// `.isNew()`: the entity was never saved.
pub fn is_new(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (_, data) = native::<EntityData>(this, "an entity")?;
    Ok(Value::Bool(data.rec.get().is_none()))
}

/// `.getStamp()`: the stamp the entity was read or saved with (0 for a new entity).
pub fn get_stamp(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let (_, data) = native::<EntityData>(this, "an entity")?;
    Ok(Value::int(i64::from(data.stamp.get())))
}
