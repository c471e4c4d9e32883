//! What an entity or an entity selection answers for a key that is not one of its own
//! properties (`docs/API/EntityClass.md`, *.attributeName*; `EntitySelectionClass.md`,
//! *[index]* and *.attributeName*):
//!
//! - `entity.employer` (a Many-to-One relation attribute): the related entity, or Null;
//!   `company.staff` (One-to-Many): the entity selection of the related entities. The key
//!   is the entity's current value of the relation's field, so an unsaved change counts.
//! - `employees[i]`: the entity at position i, read again from the datastore (an index out
//!   of range is an error; a dropped entity is Null).
//! - `employees.lastName`: the collection of the attribute's values; `employees.employer`:
//!   the entity selection of the related entities, without repeats.

use super::{EntityData, SelectionData, entity_of, selection_value};
use crate::builtins::db::{db, db_fault};
use crate::builtins::{BResult, Fail};
use crate::datastore::RecSet;
use crate::datastore::structure::{Direction, Link, TableId};
use crate::eval::field::{datum_to_value, value_to_datum};
use crate::eval::native::{KeyedRow, Receiver};
use crate::eval::{Fault, Interp, Value};

/// The keyed rows of the ORDA classes, for the natives' table.
pub static KEYED: &[KeyedRow] = &[
    KeyedRow {
        receiver: Receiver::BuiltIn("Entity"),
        summary: "A relation attribute: the related entity, or the related entity selection",
        run: entity_key,
    },
    KeyedRow {
        receiver: Receiver::BuiltIn("EntitySelection"),
        summary: "[i]: an entity; .attribute: the values, or the related entities",
        run: selection_key,
    },
];

/// The relation attribute `name` of a table, if it is one.
fn link(it: &mut Interp, t: TableId, name: &str) -> Result<Option<Link>, Fail> {
    let (db, _) = db(it, "relation")?;
    Ok(db.store.structure().link_named(t, name))
}

fn entity_key(it: &mut Interp, this: &Value, key: &Value) -> BResult {
    let Value::Text(name) = key else {
        return Ok(Value::Undefined);
    };
    let Value::Object(o) = this else {
        return Ok(Value::Undefined);
    };
    let Some(data) = o.borrow().native_rc::<EntityData>() else {
        return Ok(Value::Undefined);
    };
    let Some(link) = link(it, data.table, name.as_str())? else {
        return Ok(Value::Undefined);
    };
    let (db, _) = db(it, "relation")?;
    let structure = db.store.structure().clone();
    let (_, here, to, there) = link.ends(&structure);
    let field = &structure.tables[data.table].fields[here];
    let own = o.borrow().get(&field.name).cloned().unwrap_or(Value::Null);
    let key = value_to_datum(&own, field)?;
    let found = db.store.records_with(to, there, &key);
    match link.direction {
        Direction::ManyToOne => match found.first() {
            Some(&rec) => entity_of(it, to, rec),
            None => Ok(Value::Null),
        },
        Direction::OneToMany => Ok(selection_value(to, found, false)),
    }
}

fn selection_key(it: &mut Interp, this: &Value, key: &Value) -> BResult {
    let (_, s) = super::native::<SelectionData>(this, "an entity selection")?;
    match key {
        Value::Real(x) => at_index(it, &s, *x),
        Value::Text(name) => projection(it, &s, name.as_str()),
        _ => Ok(Value::Undefined),
    }
}

/// `selection[i]`: 0 ≤ i < length, else an error; a dropped entity is Null.
fn at_index(it: &mut Interp, s: &SelectionData, x: f64) -> BResult {
    let i = x.trunc() as i64;
    let Some(&rec) = usize::try_from(i).ok().and_then(|i| s.records.get(i)) else {
        return Err(Fault::index(i, s.records.len()).into());
    };
    let (db, p) = db(it, "[index]")?;
    if !db.store.exists_for(p, s.table, rec) {
        return Ok(Value::Null);
    }
    entity_of(it, s.table, rec)
}

/// `selection.attribute`: a storage attribute's values, or the related entities.
fn projection(it: &mut Interp, s: &SelectionData, name: &str) -> BResult {
    if let Some(link) = link(it, s.table, name)? {
        let (db, p) = db(it, "relation")?;
        let structure = db.store.structure().clone();
        let (_, _, to, _) = link.ends(&structure);
        let alive: Vec<u32> = s
            .records
            .iter()
            .copied()
            .filter(|&r| db.store.exists_for(p, s.table, r))
            .collect();
        let related = db.store.related_selection(link, &alive);
        let related = RecSet::from_recs(related).to_vec();
        return Ok(selection_value(to, related, false));
    }
    let f = super::attribute(it, s.table, name)?;
    let (db, _) = db(it, "attribute")?;
    let kind = db.store.structure().tables[s.table].fields[f].kind;
    let values = db
        .store
        .column_values(s.table, f, &s.records)
        .map_err(db_fault)?;
    Ok(Value::new_collection(
        values
            .into_iter()
            .map(|d| datum_to_value(d, kind))
            .collect(),
    ))
}
