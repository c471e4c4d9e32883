//! Sets and named selections (`Develop-legacy/sets.md`, `named-selections.md`): a set is
//! the records of one table as a bitset, named per process (`<>name` sets are shared by
//! every process); a named selection keeps a selection's order and current position.

use super::{db, value_arg};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::RecSet;
use crate::datastore::structure::TableId;
use crate::eval::{Fault, Interp, Value};

fn name_arg(it: &mut Interp, c: &Call, i: usize, command: &str) -> Result<String, Fail> {
    match value_arg(it, c, i)? {
        Value::Text(t) => Ok(t.as_str().to_string()),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// A set that does not exist: 4D's error -9... is not documented; fourd reports it as an
/// argument error naming the set.
fn no_set(name: &str) -> Fail {
    Fault::rt(
        crate::eval::code::ARGUMENTS,
        format!("the set \"{name}\" does not exist"),
    )
    .into()
}

fn get_set(it: &mut Interp, name: &str, command: &str) -> Result<(TableId, RecSet), Fail> {
    let (db, p) = db(it, command)?;
    db.set(p, name).cloned().ok_or_else(|| no_set(name))
}

/// `CREATE SET({aTable;} set)`: a set of the current selection.
pub fn create_set(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "CREATE SET")?;
    let name = name_arg(it, c, first, "CREATE SET")?;
    let (db, p) = db(it, "CREATE SET")?;
    let set = RecSet::from_recs(db.cursor(p, t).selection.iter().copied());
    db.put_set(p, &name, t, set);
    Ok(Value::Undefined)
}

/// `CREATE EMPTY SET({aTable;} set)`.
pub fn create_empty_set(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, first) = super::leading_table(it, c, "CREATE EMPTY SET")?;
    let name = name_arg(it, c, first, "CREATE EMPTY SET")?;
    let (db, p) = db(it, "CREATE EMPTY SET")?;
    db.put_set(p, &name, t, RecSet::new());
    Ok(Value::Undefined)
}

fn current_rec(it: &mut Interp, t: TableId, command: &str) -> Result<Option<u32>, Fail> {
    let (db, p) = db(it, command)?;
    Ok(db.cursor(p, t).record.as_ref().and_then(|r| r.rec))
}

/// `ADD TO SET({aTable;} set)`: adds the current record.
pub fn add_to_set(it: &mut Interp, c: &mut Call) -> BResult {
    change_set(it, c, true, "ADD TO SET")
}

/// `REMOVE FROM SET({aTable;} set)`: removes the current record.
pub fn remove_from_set(it: &mut Interp, c: &mut Call) -> BResult {
    change_set(it, c, false, "REMOVE FROM SET")
}

fn change_set(it: &mut Interp, c: &mut Call, add: bool, command: &str) -> BResult {
    let (t, first) = super::leading_table(it, c, command)?;
    let name = name_arg(it, c, first, command)?;
    let (_, mut set) = get_set(it, &name, command)?;
    if let Some(rec) = current_rec(it, t, command)? {
        if add {
            set.insert(rec);
        } else {
            set.remove(rec);
        }
    }
    let (db, p) = db(it, command)?;
    db.put_set(p, &name, t, set);
    Ok(Value::Undefined)
}

/// `USE SET(set)`: the set's records become its table's selection (record-number order).
pub fn use_set(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "USE SET")?;
    let (t, set) = get_set(it, &name, "USE SET")?;
    let (db, p) = db(it, "USE SET")?;
    let selection: Vec<u32> = set
        .iter()
        .filter(|&r| db.store.exists_for(p, t, r))
        .collect();
    db.set_selection(p, t, selection);
    Ok(Value::Undefined)
}

/// `CLEAR SET(set)`.
pub fn clear_set(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "CLEAR SET")?;
    let (db, p) = db(it, "CLEAR SET")?;
    db.clear_set(p, &name);
    Ok(Value::Undefined)
}

fn combine(it: &mut Interp, c: &mut Call, command: &str, op: fn(&mut RecSet, &RecSet)) -> BResult {
    let a = name_arg(it, c, 0, command)?;
    let b = name_arg(it, c, 1, command)?;
    let result = name_arg(it, c, 2, command)?;
    let (t, mut first) = get_set(it, &a, command)?;
    let (u, second) = get_set(it, &b, command)?;
    if t != u {
        return Err(Fault::rt(
            crate::eval::code::ARGUMENTS,
            format!("'{command}': the sets \"{a}\" and \"{b}\" belong to different tables"),
        )
        .into());
    }
    op(&mut first, &second);
    let (db, p) = db(it, command)?;
    db.put_set(p, &result, t, first);
    Ok(Value::Undefined)
}

/// `UNION(set1; set2; resultSet)`.
pub fn union(it: &mut Interp, c: &mut Call) -> BResult {
    combine(it, c, "UNION", RecSet::union_with)
}

/// `INTERSECTION(set1; set2; resultSet)`.
pub fn intersection(it: &mut Interp, c: &mut Call) -> BResult {
    combine(it, c, "INTERSECTION", RecSet::intersect_with)
}

/// `DIFFERENCE(set1; set2; resultSet)`: the records of set1 not in set2.
pub fn difference(it: &mut Interp, c: &mut Call) -> BResult {
    combine(it, c, "DIFFERENCE", RecSet::subtract)
}

/// `Records in set(set)`.
pub fn records_in_set(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "Records in set")?;
    let (_, set) = get_set(it, &name, "Records in set")?;
    Ok(Value::int(set.len() as i64))
}

/// `Is in set(set)`: the current record of the set's table is in the set.
pub fn is_in_set(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "Is in set")?;
    let (t, set) = get_set(it, &name, "Is in set")?;
    let rec = current_rec(it, t, "Is in set")?;
    Ok(Value::Bool(rec.is_some_and(|r| set.contains(r))))
}

/// `COPY NAMED SELECTION({aTable;} name)`: keeps the selection and its current position.
pub fn copy_named_selection(it: &mut Interp, c: &mut Call) -> BResult {
    name_selection(it, c, false, "COPY NAMED SELECTION")
}

/// `CUT NAMED SELECTION({aTable;} name)`: the same, and the table's selection becomes empty.
pub fn cut_named_selection(it: &mut Interp, c: &mut Call) -> BResult {
    name_selection(it, c, true, "CUT NAMED SELECTION")
}

fn name_selection(it: &mut Interp, c: &mut Call, cut: bool, command: &str) -> BResult {
    let (t, first) = super::leading_table(it, c, command)?;
    let name = name_arg(it, c, first, command)?;
    let (db, p) = db(it, command)?;
    let cursor = db.cursor(p, t);
    let kept = (t, cursor.selection.clone(), cursor.position);
    db.process(p).named.insert(name, kept);
    if cut {
        db.set_selection(p, t, Vec::new());
    }
    Ok(Value::Undefined)
}

/// `USE NAMED SELECTION(name)`: the named selection becomes its table's selection, with
/// its current record.
pub fn use_named_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "USE NAMED SELECTION")?;
    let (db, p) = db(it, "USE NAMED SELECTION")?;
    let Some((t, selection, position)) = db.process(p).named.get(&name).cloned() else {
        return Err(Fault::rt(
            crate::eval::code::ARGUMENTS,
            format!("the named selection \"{name}\" does not exist"),
        )
        .into());
    };
    let selection = selection
        .into_iter()
        .filter(|&r| db.store.exists_for(p, t, r))
        .collect();
    db.cursor(p, t).selection = selection;
    db.goto_position(p, t, position);
    Ok(Value::Undefined)
}

/// `CLEAR NAMED SELECTION(name)`.
pub fn clear_named_selection(it: &mut Interp, c: &mut Call) -> BResult {
    let name = name_arg(it, c, 0, "CLEAR NAMED SELECTION")?;
    let (db, p) = db(it, "CLEAR NAMED SELECTION")?;
    db.process(p).named.remove(&name);
    Ok(Value::Undefined)
}
