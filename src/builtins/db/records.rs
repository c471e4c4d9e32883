//! Records: `CREATE RECORD`, `SAVE RECORD`, `DELETE RECORD`, `LOAD RECORD`, `UNLOAD RECORD`,
//! `Is new record`, `Modified record`, `Old`, `Sequence number`, the record stack (`PUSH
//! RECORD`, `POP RECORD`), and record locking (`READ
//! ONLY`, `READ WRITE`, `Read only state`, `Locked`, `LOCKED BY`), `DEFAULT TABLE`
//! (`docs/commands-legacy/*.md` of each; `Develop-legacy/records.md`).

use super::{db, db_fault, field_arg, table_arg};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::error::ERR_LOCKED;
use crate::eval::field::datum_to_value;
use crate::eval::{Interp, Value};

/// A save or delete error: a locked record is ignored, as the classic commands do
/// (`docs/datastore.md`); anything else is the engine's error.
fn unless_locked(r: crate::datastore::DbResult<()>) -> Result<(), Fail> {
    match r {
        Err(e) if e.code == ERR_LOCKED => Ok(()),
        Err(e) => Err(db_fault(e).into()),
        Ok(()) => Ok(()),
    }
}

/// `CREATE RECORD({aTable})`: a new record in memory becomes the current record; the
/// current selection is left untouched (`create-record.md`).
pub fn create_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "CREATE RECORD")?;
    let (db, p) = db(it, "CREATE RECORD")?;
    db.create_record(p, t);
    Ok(Value::Undefined)
}

/// `SAVE RECORD({aTable})`: saves the current record; nothing without one or when no field
/// changed (`save-record.md`).
pub fn save_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "SAVE RECORD")?;
    let (db, p) = db(it, "SAVE RECORD")?;
    unless_locked(db.save_record(p, t))?;
    Ok(Value::Undefined)
}

/// `DELETE RECORD({aTable})`: deletes the current record (`delete-record.md`).
pub fn delete_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "DELETE RECORD")?;
    let (db, p) = db(it, "DELETE RECORD")?;
    unless_locked(db.delete_record(p, t))?;
    Ok(Value::Undefined)
}

/// `LOAD RECORD({aTable})`: loads the current record of the selection again (in the table's
/// current read/write state).
pub fn load_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "LOAD RECORD")?;
    let (db, p) = db(it, "LOAD RECORD")?;
    let position = db.cursor(p, t).position;
    db.goto_position(p, t, position);
    Ok(Value::Undefined)
}

/// `UNLOAD RECORD({aTable})`: frees the current record (and its lock); the selection and the
/// position in it stay.
pub fn unload_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "UNLOAD RECORD")?;
    let (db, p) = db(it, "UNLOAD RECORD")?;
    db.unload(p, t);
    Ok(Value::Undefined)
}

/// `Is new record({aTable})`: the current record was created and not saved yet.
pub fn is_new_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Is new record")?;
    let (db, p) = db(it, "Is new record")?;
    let new = db
        .cursor(p, t)
        .record
        .as_ref()
        .is_some_and(|r| r.rec.is_none());
    Ok(Value::Bool(new))
}

/// `Modified record({aTable})`: a field of the current record changed since it was loaded,
/// or the record is new (`modified-record.md`).
pub fn modified_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Modified record")?;
    let (db, p) = db(it, "Modified record")?;
    let modified = db
        .cursor(p, t)
        .record
        .as_ref()
        .is_some_and(|r| r.modified());
    Ok(Value::Bool(modified))
}

/// `Old(aField)`: the field's value as the current record was loaded (`old.md`).
pub fn old(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, f) = field_arg(it, c, 0, "Old")?;
    let (db, p) = db(it, "Old")?;
    let kind = db.store.structure().tables[t].fields[f].kind;
    let d = match &db.cursor(p, t).record {
        Some(r) => r
            .original
            .get(f)
            .cloned()
            .unwrap_or(crate::datastore::Datum::Null),
        None => crate::datastore::Datum::blank(kind),
    };
    Ok(datum_to_value(d, kind))
}

/// `Sequence number({aTable})`: the table's next number, consumed (`sequence-number.md`).
pub fn sequence_number(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Sequence number")?;
    let (db, _) = db(it, "Sequence number")?;
    Ok(Value::int(db.store.sequence_number(t)))
}

/// `READ ONLY({aTable})`: records loaded from now on are locked (`read-only.md`).
pub fn read_only(it: &mut Interp, c: &mut Call) -> BResult {
    set_read_only(it, c, true, "READ ONLY")
}

/// `READ WRITE({aTable})`: records loaded from now on are loaded for modification.
pub fn read_write(it: &mut Interp, c: &mut Call) -> BResult {
    set_read_only(it, c, false, "READ WRITE")
}

fn set_read_only(it: &mut Interp, c: &mut Call, on: bool, command: &str) -> BResult {
    let t = table_arg(it, c, 0, command)?;
    let (db, p) = db(it, command)?;
    db.cursor(p, t).read_only = on;
    Ok(Value::Undefined)
}

/// `Read only state({aTable})`.
pub fn read_only_state(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Read only state")?;
    let (db, p) = db(it, "Read only state")?;
    Ok(Value::Bool(db.cursor(p, t).read_only))
}

/// `Locked({aTable})`: the current record was loaded locked — another process holds it, or
/// the table is read-only ("this record is always locked", `Develop-legacy/records.md`).
pub fn locked(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Locked")?;
    let (db, p) = db(it, "Locked")?;
    let locked = match &db.cursor(p, t).record {
        Some(r) => match r.rec {
            Some(rec) => r.locked || db.store.is_locked_for(p, t, rec),
            None => false,
        },
        None => false,
    };
    Ok(Value::Bool(locked))
}

/// `LOCKED BY({aTable;} process; 4Duser; sessionUser; processName)`: who holds the current
/// record (process 0 when nobody else does).
pub fn locked_by(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "LOCKED BY")?;
    let (db, p) = db(it, "LOCKED BY")?;
    let holder = db
        .cursor(p, t)
        .record
        .as_ref()
        .and_then(|r| r.rec)
        .and_then(|rec| db.store.locked_by(t, rec))
        .filter(|&h| h != p)
        .unwrap_or(0);
    let outputs = [
        Value::int(holder),
        Value::text(""),
        Value::text(""),
        Value::text(""),
    ];
    for (k, v) in outputs.into_iter().enumerate() {
        if c.has(first + k) {
            let place = super::place_arg(it, c, first + k, "LOCKED BY")?;
            it.store(&place, v, c.span)?;
        }
    }
    Ok(Value::Undefined)
}

/// `PUSH RECORD({aTable})`: a copy of the current record (edits included) goes on the
/// table's record stack; it stays locked for the other processes (`push-record.md`).
pub fn push_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "PUSH RECORD")?;
    let (db, p) = db(it, "PUSH RECORD")?;
    db.push_record(p, t);
    Ok(Value::Undefined)
}

/// `POP RECORD({aTable})`: the record last pushed becomes the current record, whether or
/// not it is in the current selection (`pop-record.md`).
pub fn pop_record(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "POP RECORD")?;
    let (db, p) = db(it, "POP RECORD")?;
    db.pop_record(p, t);
    Ok(Value::Undefined)
}

/// `DEFAULT TABLE(aTable)`: the table commands use when theirs is left out.
pub fn default_table(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "DEFAULT TABLE")?;
    let (db, p) = db(it, "DEFAULT TABLE")?;
    db.process(p).default_table = Some(t);
    Ok(Value::Undefined)
}
