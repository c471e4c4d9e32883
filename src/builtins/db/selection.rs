//! The current selection (`Develop-legacy/current-selection.md`): `ALL RECORDS`, moving in
//! it (`FIRST RECORD`, `NEXT RECORD`, `PREVIOUS RECORD`, `LAST RECORD`, `GOTO SELECTED
//! RECORD`, `GOTO RECORD`), asking where one is (`End selection`, `Before selection`,
//! `Selected record number`, `Record number`), counting (`Records in selection`, `Records
//! in table`), and changing it (`REDUCE SELECTION`, `ONE RECORD SELECT`, `DELETE
//! SELECTION`, `TRUNCATE TABLE`). Each command's page in `docs/commands-legacy/`.

use super::{db, db_fault, table_arg};
use crate::builtins::{BResult, Call};
use crate::eval::{Interp, Value};

/// `ALL RECORDS({aTable})`: every record of the table; the first becomes current.
pub fn all_records(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "ALL RECORDS")?;
    let (db, p) = db(it, "ALL RECORDS")?;
    let all = db.store.all_records_for(p, t);
    db.set_selection(p, t, all);
    Ok(Value::Undefined)
}

fn move_to(it: &mut Interp, c: &Call, command: &str, to: impl Fn(i64, i64) -> i64) -> BResult {
    let t = table_arg(it, c, 0, command)?;
    let (db, p) = db(it, command)?;
    let cursor = db.cursor(p, t);
    let len = cursor.selection.len() as i64;
    let position = to(cursor.position, len);
    db.goto_position(p, t, position);
    Ok(Value::Undefined)
}

/// `FIRST RECORD({aTable})`.
pub fn first_record(it: &mut Interp, c: &mut Call) -> BResult {
    move_to(it, c, "FIRST RECORD", |_, _| 0)
}

/// `NEXT RECORD({aTable})`: past the last record, `End selection` is True and there is no
/// current record.
pub fn next_record(it: &mut Interp, c: &mut Call) -> BResult {
    move_to(it, c, "NEXT RECORD", |at, len| (at + 1).min(len))
}

/// `PREVIOUS RECORD({aTable})`: before the first, `Before selection` is True.
pub fn previous_record(it: &mut Interp, c: &mut Call) -> BResult {
    move_to(it, c, "PREVIOUS RECORD", |at, _| (at - 1).max(-1))
}

/// `LAST RECORD({aTable})`.
pub fn last_record(it: &mut Interp, c: &mut Call) -> BResult {
    move_to(it, c, "LAST RECORD", |_, len| len - 1)
}

/// `GOTO SELECTED RECORD({aTable;} record)`: the record at that position (1-based) of the
/// selection; outside it, no current record.
pub fn goto_selected_record(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "GOTO SELECTED RECORD")?;
    let n = super::value_arg(it, c, first)?;
    let n = match n {
        Value::Real(x) => x as i64,
        _ => return Err(crate::eval::Fault::arguments("GOTO SELECTED RECORD").into()),
    };
    let (db, p) = db(it, "GOTO SELECTED RECORD")?;
    let len = db.cursor(p, t).selection.len() as i64;
    let position = if (1..=len).contains(&n) { n - 1 } else { len };
    db.goto_position(p, t, position);
    Ok(Value::Undefined)
}

/// `GOTO RECORD({aTable;} record)`: the record with that record number becomes the current
/// record and the only record of the selection (`goto-record.md`): a number no record ever
/// had is error -10003 ("Record is out of range"); the number of a deleted record is error
/// -10503 and the selection becomes empty.
pub fn goto_record(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "GOTO RECORD")?;
    let n = match super::value_arg(it, c, first)? {
        Value::Real(x) => x as i64,
        _ => return Err(crate::eval::Fault::arguments("GOTO RECORD").into()),
    };
    let (db, p) = db(it, "GOTO RECORD")?;
    let ever = db.store.tables[t].stamps.len() as i64;
    if !(0..ever).contains(&n) {
        return Err(db_fault(crate::datastore::DbError::new(
            crate::datastore::error::ERR_RECORD_OUT_OF_RANGE,
            format!("record #{n} is out of range"),
        ))
        .into());
    }
    let rec = n as u32;
    if !db.store.exists_for(p, t, rec) {
        db.set_selection(p, t, Vec::new());
        return Err(db_fault(crate::datastore::DbError::new(
            ERR_RECORD_DELETED,
            format!("record #{n} was deleted"),
        ))
        .into());
    }
    db.set_selection(p, t, vec![rec]);
    Ok(Value::Undefined)
}

/// -10503: `GOTO RECORD` on the number of a deleted record (`goto-record.md`).
const ERR_RECORD_DELETED: i32 = -10503;

/// `End selection({aTable})`: past the last record (True for an empty selection).
pub fn end_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "End selection")?;
    let (db, p) = db(it, "End selection")?;
    let cursor = db.cursor(p, t);
    Ok(Value::Bool(
        cursor.position >= cursor.selection.len() as i64,
    ))
}

/// `Before selection({aTable})`: before the first record (True for an empty selection).
pub fn before_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Before selection")?;
    let (db, p) = db(it, "Before selection")?;
    let cursor = db.cursor(p, t);
    Ok(Value::Bool(
        cursor.position < 0 || cursor.selection.is_empty(),
    ))
}

/// `Records in selection({aTable})`.
pub fn records_in_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Records in selection")?;
    let (db, p) = db(it, "Records in selection")?;
    Ok(Value::int(db.cursor(p, t).selection.len() as i64))
}

/// `Records in table({aTable})`.
pub fn records_in_table(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Records in table")?;
    let (db, p) = db(it, "Records in table")?;
    Ok(Value::int(db.store.records_in_table_for(p, t) as i64))
}

/// `Selected record number({aTable})`: 1-based position, 0 without a current record.
pub fn selected_record_number(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Selected record number")?;
    let (db, p) = db(it, "Selected record number")?;
    Ok(Value::int(db.cursor(p, t).selected_number()))
}

/// `Record number({aTable})`: the current record's number; -1 without one, -3 for a new
/// record not saved yet (`record-number.md`).
pub fn record_number(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "Record number")?;
    let (db, p) = db(it, "Record number")?;
    let n = match &db.cursor(p, t).record {
        Some(r) => r.rec.map_or(-3, i64::from),
        None => -1,
    };
    Ok(Value::int(n))
}

/// `REDUCE SELECTION({aTable;} number)`: keeps the first `number` records.
pub fn reduce_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "REDUCE SELECTION")?;
    let n = match super::value_arg(it, c, first)? {
        Value::Real(x) => x.max(0.0) as usize,
        _ => return Err(crate::eval::Fault::arguments("REDUCE SELECTION").into()),
    };
    let (db, p) = db(it, "REDUCE SELECTION")?;
    let mut selection = db.cursor(p, t).selection.clone();
    selection.truncate(n);
    db.set_selection(p, t, selection);
    Ok(Value::Undefined)
}

/// `ONE RECORD SELECT({aTable})`: the selection becomes the current record alone.
pub fn one_record_select(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "ONE RECORD SELECT")?;
    let (db, p) = db(it, "ONE RECORD SELECT")?;
    let selection = db
        .cursor(p, t)
        .record
        .as_ref()
        .and_then(|r| r.rec)
        .map_or_else(Vec::new, |rec| vec![rec]);
    db.set_selection(p, t, selection);
    Ok(Value::Undefined)
}

/// `DELETE SELECTION({aTable})`: deletes the records of the selection; records locked by
/// another process stay in the selection and go to the `LockedSet` set
/// (`delete-selection.md`).
pub fn delete_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "DELETE SELECTION")?;
    let (db, p) = db(it, "DELETE SELECTION")?;
    db.unload(p, t);
    let selection = db.cursor(p, t).selection.clone();
    let mut kept = Vec::new();
    for rec in selection {
        if !db.store.exists_for(p, t, rec) {
            continue;
        }
        match db.store.delete(p, t, rec, None) {
            Ok(()) => {}
            Err(e) if e.code == crate::datastore::error::ERR_LOCKED => kept.push(rec),
            Err(e) => return Err(db_fault(e).into()),
        }
    }
    let locked = crate::datastore::RecSet::from_recs(kept.iter().copied());
    db.put_set(p, "LockedSet", t, locked);
    db.set_selection(p, t, kept);
    db.forget_deleted(p);
    Ok(Value::Undefined)
}

/// `TRUNCATE TABLE({aTable})`: deletes every record of the table; no current selection or
/// record is left. OK is 0 (and nothing happens) inside a transaction or for a read-only
/// table; a record locked by another process is an error (`truncate-table.md`).
pub fn truncate_table(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_arg(it, c, 0, "TRUNCATE TABLE")?;
    let (db, p) = db(it, "TRUNCATE TABLE")?;
    if db.cursor(p, t).read_only {
        super::set_ok(it, false);
        return Ok(Value::Undefined);
    }
    db.unload(p, t);
    let done = match db.store.truncate(p, t) {
        Ok(done) => done,
        Err(e) => {
            super::set_ok(it, false);
            return Err(db_fault(e).into());
        }
    };
    if done {
        db.forget_deleted(p);
        db.set_selection(p, t, Vec::new());
    }
    super::set_ok(it, done);
    Ok(Value::Undefined)
}
