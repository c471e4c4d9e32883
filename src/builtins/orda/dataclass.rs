//! Member functions of `ds` and of dataclasses (`docs/API/DataStoreClass.md`,
//! `docs/API/DataClassClass.md`): `.new()`, `.all()`, `.get()`, `.query()`, `.getInfo()`,
//! and the datastore's transactions.

use super::{DataClassData, entity_of, entity_value, native, run_query, selection_value};
use crate::builtins::db::{db, db_fault, query_datum};
use crate::builtins::{BResult, Call};
use crate::eval::{Fault, Interp, Value};
use std::rc::Rc;

fn table(this: &Value) -> Result<usize, crate::builtins::Fail> {
    Ok(native::<DataClassData>(this, "a dataclass")?.1.table)
}

/// `.new()`: a new entity, not saved (its attributes blank, or null where the field does not
/// map nulls to blanks).
pub fn new(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let t = table(this)?;
    let (db, _) = db(it, "new")?;
    let values = db.store.blank_record(t);
    entity_value(it, t, None, values, 0)
}

/// `.all()`: every entity of the dataclass, in record order.
pub fn all(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let t = table(this)?;
    let (db, p) = db(it, "all")?;
    Ok(selection_value(t, db.store.all_records_for(p, t), false))
}

/// `.get(primaryKey)`: the entity with that primary key, or Null.
pub fn get(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let t = table(this)?;
    let key = query_datum(c.value(0));
    let (db, p) = db(it, "get")?;
    match db.store.find_by_key(t, &key) {
        Some(rec) if db.store.exists_for(p, t, rec) => entity_of(it, t, rec),
        _ => Ok(Value::Null),
    }
}

/// `.query(queryString {; value…} {; querySettings})`: an entity selection
/// (`docs/API/DataClassClass.md`, query()).
pub fn query(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let t = table(this)?;
    let text = match c.value(0) {
        Value::Text(s) => s.as_str().to_string(),
        _ => return Err(Fault::arguments("query").into()),
    };
    let args = c.values_from(1);
    let found = run_query(it, t, &text, &args, None)?;
    Ok(selection_value(t, found.records, found.ordered))
}

/// `.getInfo()`: `{name; primaryKey; tableNumber}`.
pub fn get_info(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let t = table(this)?;
    let (db, _) = db(it, "getInfo")?;
    let table = &db.store.structure().tables[t];
    let pk = table.primary_key.map_or(Value::text(""), |f| {
        Value::text(table.fields[f].name.as_str())
    });
    Ok(Value::new_object(vec![
        (Rc::from("name"), Value::text(table.name.as_str())),
        (Rc::from("primaryKey"), pk),
        (Rc::from("tableNumber"), Value::int(table.number)),
    ]))
}

/// `ds.startTransaction()`.
pub fn start_transaction(it: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    let (db, p) = db(it, "startTransaction")?;
    db.store.start_transaction(p);
    Ok(Value::Undefined)
}

/// `ds.validateTransaction()`.
pub fn validate_transaction(it: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    let (db, p) = db(it, "validateTransaction")?;
    db.store.validate_transaction(p).map_err(db_fault)?;
    Ok(Value::Undefined)
}

/// `ds.cancelTransaction()`.
pub fn cancel_transaction(it: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    let (db, p) = db(it, "cancelTransaction")?;
    db.store.cancel_transaction(p).map_err(db_fault)?;
    db.refresh(p);
    Ok(Value::Undefined)
}

/// `ds.transactionInProgress()`.
pub fn transaction_in_progress(it: &mut Interp, _: &Value, _: &mut Call) -> BResult {
    let (db, p) = db(it, "transactionInProgress")?;
    Ok(Value::Bool(db.store.in_transaction(p)))
}
