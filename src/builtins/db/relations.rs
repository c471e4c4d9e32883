//! Relations in the classic language (`docs/commands-legacy/relate-one.md`,
//! `relate-many.md`, `old-related-one.md`, `old-related-many.md`,
//! `relate-one-selection.md`, `relate-many-selection.md`, `set-automatic-relations.md`,
//! `get-automatic-relations.md`): following a relation from the current record (its current
//! value, or with `OLD RELATED …` the value it was loaded with) or from a whole selection,
//! making the related records the current selection of their table.

use super::{Ref, db, ref_of, set_ok};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::structure::{Direction, FieldId, Link, Relation, TableId};
use crate::datastore::{Database, Datum, ProcessId};
use crate::eval::{Fault, Interp, Value};

/// The value of a field of the process's current record: as edited, or as loaded (`old`).
/// `None` without a current record.
fn current_key(
    db: &mut Database,
    p: ProcessId,
    t: TableId,
    f: FieldId,
    old: bool,
) -> Option<Datum> {
    let r = db.cursor(p, t).record.as_ref()?;
    let values = if old { &r.original } else { &r.values };
    values.get(f).cloned()
}

/// Makes the records of `to` whose `there` field holds `key` its current selection: the
/// first becomes the current record (none found: an empty selection).
fn select_related(
    db: &mut Database,
    p: ProcessId,
    key: Option<Datum>,
    to: TableId,
    there: FieldId,
) {
    let found = match key {
        Some(k) => db.store.records_with(to, there, &k),
        None => Vec::new(),
    };
    db.set_selection(p, to, found);
}

/// The relations whose Many field is `(t, f)`.
fn relations_from(db: &Database, t: TableId, f: FieldId) -> Vec<Relation> {
    let s = db.store.structure();
    s.relations
        .iter()
        .filter(|r| r.source_table == t && r.source_field == f)
        .cloned()
        .collect()
}

/// The relations whose One field is `(t, f)` (any field of `t` when `f` is `None`).
fn relations_to(db: &Database, t: TableId, f: Option<FieldId>) -> Vec<Relation> {
    let s = db.store.structure();
    s.relations
        .iter()
        .filter(|r| r.dest_table == t && f.is_none_or(|f| r.dest_field == f))
        .cloned()
        .collect()
}

/// A field with no relation of the kind the command follows: an argument error naming it.
fn no_relation(command: &str, what: &str) -> Fail {
    Fault::rt(
        crate::eval::code::ARGUMENTS,
        format!("'{command}': the field is not the {what} field of a relation"),
    )
    .into()
}

fn arg_ref(it: &mut Interp, c: &Call, i: usize, command: &str) -> Result<Ref, Fail> {
    let node = c.nodes.get(i).ok_or_else(|| Fault::arguments(command))?;
    ref_of(it, node)?.ok_or_else(|| Fault::arguments(command).into())
}

fn relate_one_with(it: &mut Interp, c: &mut Call, command: &str, old: bool) -> BResult {
    let what = arg_ref(it, c, 0, command)?;
    let (db, p) = db(it, command)?;
    let relations = match what {
        Ref::Field(t, f) => {
            let found = relations_from(db, t, f);
            if found.is_empty() {
                return Err(no_relation(command, "Many"));
            }
            found
        }
        // The table form follows the automatic Many-to-One relations, and the manual ones
        // too after `SET AUTOMATIC RELATIONS(True; …)`.
        Ref::Table(t) => {
            let all_automatic = db.process(p).automatic_relations.0;
            db.store
                .structure()
                .relations
                .iter()
                .filter(|r| r.source_table == t && (r.auto_load_nto1 || all_automatic))
                .cloned()
                .collect()
        }
    };
    for r in relations {
        let key = current_key(db, p, r.source_table, r.source_field, old);
        select_related(db, p, key, r.dest_table, r.dest_field);
        // One record: the relation's One side is unique by design; keep the first.
        let first = db.cursor(p, r.dest_table).selection.first().copied();
        if let Some(first) = first {
            db.set_selection(p, r.dest_table, vec![first]);
        }
    }
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `RELATE ONE(manyTable)` / `RELATE ONE(manyField{; choiceField})`: the One record related
/// to the current record becomes the current record and selection of its table.
pub fn relate_one(it: &mut Interp, c: &mut Call) -> BResult {
    relate_one_with(it, c, "RELATE ONE", false)
}

/// `OLD RELATED ONE(aField)`: `RELATE ONE` with the field's value as loaded (`Old`).
pub fn old_related_one(it: &mut Interp, c: &mut Call) -> BResult {
    relate_one_with(it, c, "OLD RELATED ONE", true)
}

fn relate_many_with(it: &mut Interp, c: &mut Call, command: &str, old: bool) -> BResult {
    let what = arg_ref(it, c, 0, command)?;
    let (db, p) = db(it, command)?;
    let (t, f) = match what {
        Ref::Field(t, f) => (t, Some(f)),
        Ref::Table(t) => (t, None),
    };
    let relations = relations_to(db, t, f);
    if relations.is_empty() && f.is_some() {
        return Err(no_relation(command, "One"));
    }
    // "If the current selection in the One table is empty … it has no effect."
    if db.cursor(p, t).selection.is_empty() && db.cursor(p, t).record.is_none() {
        return Ok(Value::Undefined);
    }
    for r in relations {
        let key = current_key(db, p, r.dest_table, r.dest_field, old);
        select_related(db, p, key, r.source_table, r.source_field);
    }
    Ok(Value::Undefined)
}

/// `RELATE MANY(oneTable | oneField)`: the Many records related to the current One record
/// become the current selection of each Many table; their first record becomes current.
pub fn relate_many(it: &mut Interp, c: &mut Call) -> BResult {
    relate_many_with(it, c, "RELATE MANY", false)
}

/// `OLD RELATED MANY(aField)`: `RELATE MANY` with the One field's value as loaded.
pub fn old_related_many(it: &mut Interp, c: &mut Call) -> BResult {
    relate_many_with(it, c, "OLD RELATED MANY", true)
}

/// `RELATE ONE SELECTION(manyTable; oneTable)`: the One records related to the records of
/// the Many table's selection, over the shortest chain of relations, become the One
/// table's selection.
pub fn relate_one_selection(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "RELATE ONE SELECTION";
    let from = super::table_arg(it, c, 0, COMMAND)?;
    let to = super::table_arg(it, c, 1, COMMAND)?;
    let (db, p) = db(it, COMMAND)?;
    let path = db
        .store
        .structure()
        .path_between(from, to)
        .filter(|path| !path.is_empty())
        .ok_or_else(|| {
            Fail::from(Fault::rt(
                crate::datastore::error::ERR_UNRELATED_FIELD,
                format!("'{COMMAND}': no relation leads from the first table to the second"),
            ))
        })?;
    let mut records = db.cursor(p, from).selection.clone();
    for link in path {
        records = db.store.related_selection(link, &records);
    }
    db.set_selection(p, to, records);
    Ok(Value::Undefined)
}

/// `RELATE MANY SELECTION(aField)`: the Many records (of `aField`'s table) related to the
/// records of the One table's selection become the Many table's selection.
pub fn relate_many_selection(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "RELATE MANY SELECTION";
    let (t, f) = super::field_arg(it, c, 0, COMMAND)?;
    let (db, p) = db(it, COMMAND)?;
    let relation = db
        .store
        .structure()
        .relations
        .iter()
        .position(|r| r.source_table == t && r.source_field == f)
        .ok_or_else(|| no_relation(COMMAND, "Many"))?;
    let one = db.store.structure().relations[relation].dest_table;
    let link = Link {
        relation,
        direction: Direction::OneToMany,
    };
    let ones = db.cursor(p, one).selection.clone();
    let records = db.store.related_selection(link, &ones);
    db.set_selection(p, t, records);
    Ok(Value::Undefined)
}

/// `SET AUTOMATIC RELATIONS(one{; many})`: the manual relations act as automatic ones in
/// this process (Many-to-One, One-to-Many) until the next call.
pub fn set_automatic_relations(it: &mut Interp, c: &mut Call) -> BResult {
    let one = matches!(c.value(0), Value::Bool(true));
    let many = matches!(c.value(1), Value::Bool(true));
    let (db, p) = db(it, "SET AUTOMATIC RELATIONS")?;
    db.process(p).automatic_relations = (one, many);
    Ok(Value::Undefined)
}

/// `GET AUTOMATIC RELATIONS(one; many)`: what `SET AUTOMATIC RELATIONS` set in this process.
pub fn get_automatic_relations(it: &mut Interp, c: &mut Call) -> BResult {
    let (db, p) = db(it, "GET AUTOMATIC RELATIONS")?;
    let (one, many) = db.process(p).automatic_relations;
    crate::builtins::outputs::store_arg(it, c, 0, Value::Bool(one))?;
    crate::builtins::outputs::store_arg(it, c, 1, Value::Bool(many))?;
    Ok(Value::Undefined)
}
