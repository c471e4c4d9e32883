//! Commands that go through a selection record by record: `APPLY TO SELECTION` (a statement
//! run on each record, saved when it changed it), `ORDER BY FORMULA` (a sort on computed
//! keys) and `ARRAY TO SELECTION` (arrays written into the records, new ones created).
//! Pages: `docs/commands-legacy/apply-to-selection.md`, `order-by-formula.md`,
//! `array-to-selection.md`. Records locked by another process are skipped and go to the
//! process set `LockedSet`, as the pages say.

use super::{db, db_fault, set_ok, table_arg};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::error::ERR_LOCKED;
use crate::datastore::structure::{FieldId, TableId};
use crate::datastore::{Datum, RecSet};
use crate::eval::field::value_to_datum;
use crate::eval::ops::sort_order;
use crate::eval::{Fault, Interp, Value};
use crate::syntax::ast::BinOp;
use std::cmp::Ordering;

/// `APPLY TO SELECTION(aTable; statement)`: runs the statement with each record of the
/// selection as the current record, loaded for modification; a record the statement
/// changed is saved. Locked records are not saved and go to `LockedSet`. OK is 1.
pub fn apply_to_selection(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "APPLY TO SELECTION";
    let t = table_arg(it, c, 0, COMMAND)?;
    let statement = c.nodes.get(1).ok_or_else(|| Fault::arguments(COMMAND))?;
    let (db, p) = super::db(it, COMMAND)?;
    let count = db.cursor(p, t).selection.len();
    let mut locked = Vec::new();
    for i in 0..count {
        let (db, p) = super::db(it, COMMAND)?;
        db.goto_position(p, t, i as i64);
        let Some(rec) = db.cursor(p, t).record.as_ref().and_then(|r| r.rec) else {
            continue;
        };
        it.eval(statement)?;
        let (db, p) = super::db(it, COMMAND)?;
        let Some(r) = db.cursor(p, t).record.clone() else {
            continue;
        };
        if r.rec != Some(rec) || !r.modified() {
            continue;
        }
        if r.locked {
            locked.push(rec);
            continue;
        }
        match db.save_record(p, t) {
            Err(e) if e.code == ERR_LOCKED => locked.push(rec),
            Err(e) => return Err(db_fault(e).into()),
            Ok(()) => {}
        }
    }
    let (db, p) = super::db(it, COMMAND)?;
    db.put_set(p, "LockedSet", t, RecSet::from_recs(locked));
    db.goto_position(p, t, 0);
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `ORDER BY FORMULA(aTable; formula{; > or <}{; formula2; > or <…})`: sorts the selection
/// on the values of the formulas, computed with each record current (ascending unless
/// `<`); equal keys keep their order. The first record becomes current; OK is 1.
pub fn order_by_formula(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "ORDER BY FORMULA";
    let t = table_arg(it, c, 0, COMMAND)?;
    let mut levels = Vec::new();
    let mut i = 1;
    while i < c.len() {
        if c.symbol(i).is_some() {
            return Err(Fault::arguments(COMMAND).into());
        }
        let descending = match c.symbol(i + 1) {
            Some(BinOp::Gt) => false,
            Some(BinOp::Lt) => true,
            Some(_) => return Err(Fault::arguments(COMMAND).into()),
            None => {
                levels.push((i, false));
                i += 1;
                continue;
            }
        };
        levels.push((i, descending));
        i += 2;
    }
    if levels.is_empty() {
        // The Order By editor: fourd has no interface.
        return Ok(Value::Undefined);
    }
    let (db, p) = super::db(it, COMMAND)?;
    let selection = db.cursor(p, t).selection.clone();
    let saved = db.cursor(p, t).record.take();
    let mut keys: Vec<(u32, Vec<Value>)> = Vec::with_capacity(selection.len());
    let computed = super::query::each_record(it, t, &selection, COMMAND, |it| {
        let mut row = Vec::with_capacity(levels.len());
        for &(node, _) in &levels {
            row.push(it.eval(&c.nodes[node])?);
        }
        keys.push((0, row));
        Ok(true)
    });
    let (db, p) = super::db(it, COMMAND)?;
    db.cursor(p, t).record = saved;
    let present = computed?;
    for (slot, rec) in keys.iter_mut().zip(&present) {
        slot.0 = *rec;
    }
    keys.sort_by(|(_, a), (_, b)| {
        for (k, &(_, descending)) in levels.iter().enumerate() {
            let o = sort_order(&a[k], &b[k]);
            let o = if descending { o.reverse() } else { o };
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    });
    let sorted = keys.into_iter().map(|(rec, _)| rec).collect();
    db.set_selection(p, t, sorted);
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `ARRAY TO SELECTION({array; aField{; array2; aField2…}}{; *})`: element i of each array
/// goes into record i of the field's table's selection, saved; elements past the selection
/// make new records. Every field belongs to one table, every array has one size. A call
/// ending with `*` only adds its pairs; the call without `*` writes them all.
pub fn array_to_selection(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "ARRAY TO SELECTION";
    let mut pairs: Vec<(TableId, FieldId, Vec<Value>)> = Vec::new();
    let mut i = 0;
    while i + 1 < c.len() {
        let items = match super::value_arg(it, c, i)? {
            Value::Array(a) => a.borrow().items.iter().skip(1).cloned().collect(),
            _ => return Err(Fault::arguments(COMMAND).into()),
        };
        let (t, f) = super::field_arg(it, c, i + 1, COMMAND)?;
        pairs.push((t, f, items));
        i += 2;
    }
    if i < c.len() {
        return Err(Fault::arguments(COMMAND).into());
    }
    let (db, p) = super::db(it, COMMAND)?;
    let fields = db.store.structure().clone();
    let mut columns = Vec::with_capacity(pairs.len());
    for (t, f, items) in pairs {
        let field = &fields.tables[t].fields[f];
        let data = items
            .iter()
            .map(|v| value_to_datum(v, field))
            .collect::<Result<Vec<Datum>, Fault>>()?;
        columns.push((t, f, data));
    }
    let data = db.process(p);
    if let Some(&(t, _, _)) = columns.first()
        && data
            .pending_arrays
            .first()
            .is_some_and(|(pt, _, _)| *pt != t)
    {
        return Err(same_table());
    }
    data.pending_arrays.extend(columns);
    if c.star {
        return Ok(Value::Undefined);
    }
    let columns = std::mem::take(&mut data.pending_arrays);
    let Some(&(t, _, _)) = columns.first() else {
        return Ok(Value::Undefined);
    };
    if columns.iter().any(|(ct, _, _)| *ct != t) {
        return Err(same_table());
    }
    let size = columns[0].2.len();
    if columns.iter().any(|(_, _, d)| d.len() != size) {
        return Err(Fault::rt(
            crate::eval::code::ARGUMENTS,
            format!("'{COMMAND}': the arrays do not have the same number of elements"),
        )
        .into());
    }
    write_columns(it, t, &columns, size)
}

fn same_table() -> Fail {
    Fault::rt(
        crate::datastore::error::ERR_UNRELATED_FIELD,
        "'ARRAY TO SELECTION': every field must belong to the same table",
    )
    .into()
}

/// Writes element i of the columns into record i of the selection (or a new record), and
/// makes the records written the selection.
fn write_columns(
    it: &mut Interp,
    t: TableId,
    columns: &[(TableId, FieldId, Vec<Datum>)],
    size: usize,
) -> BResult {
    let (db, p) = db(it, "ARRAY TO SELECTION")?;
    db.unload(p, t);
    let selection = db.cursor(p, t).selection.clone();
    let mut written = Vec::with_capacity(size.max(selection.len()));
    let mut locked = Vec::new();
    for i in 0..size {
        let existing = selection.get(i).copied();
        let mut values = match existing {
            Some(rec) => db.store.read_for(p, t, rec).map_err(db_fault)?,
            None => db.store.blank_record(t),
        };
        for (_, f, data) in columns {
            values[*f] = data[i].clone();
        }
        match existing {
            Some(rec) => {
                if db.store.lock(p, t, rec).is_err() {
                    locked.push(rec);
                    written.push(rec);
                    continue;
                }
                let result = db.store.update(p, t, rec, values, None);
                db.store.unlock(p, t, rec);
                result.map_err(db_fault)?;
                written.push(rec);
            }
            None => written.push(db.store.create(p, t, values).map_err(db_fault)?),
        }
    }
    written.extend(selection.iter().skip(size));
    db.put_set(p, "LockedSet", t, RecSet::from_recs(locked));
    db.set_selection(p, t, written);
    Ok(Value::Undefined)
}
