//! Where a query's result goes and how many records it keeps, per process
//! (`docs/commands-legacy/set-query-destination.md`, `get-query-destination.md`,
//! `set-query-limit.md`, `get-query-limit.md`): the current selection (by default), a set, a
//! named selection, or the count into a variable; `SET QUERY LIMIT` stops a query after that
//! many records. Every query command hands its result to [`deliver`].

use super::{db, value_arg};
use crate::builtins::outputs::store_arg;
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::RecSet;
use crate::datastore::cursor::QueryDestination;
use crate::datastore::structure::TableId;
use crate::eval::ir::NodeKind;
use crate::eval::value::Target;
use crate::eval::{Fault, Interp, Value};
use std::rc::Rc;

/// The constants of the *Queries* theme (`Into current selection` 0, `Into set` 1, `Into
/// named selection` 2, `Into variable` 3).
const INTO_SELECTION: i64 = 0;
const INTO_SET: i64 = 1;
const INTO_NAMED_SELECTION: i64 = 2;
const INTO_VARIABLE: i64 = 3;

/// Puts the records a query found where the process's query destination says, after the
/// query limit: the table's current selection (its first record becomes current), a set,
/// a named selection, or their number into a variable (the selection and current record
/// then stay as they were).
pub fn deliver(
    it: &mut Interp,
    c: &Call,
    t: TableId,
    mut found: Vec<u32>,
    command: &str,
) -> Result<(), Fail> {
    let (db, p) = db(it, command)?;
    let data = db.process(p);
    if data.query_limit > 0 {
        found.truncate(data.query_limit);
    }
    match data.query_destination.clone() {
        QueryDestination::Selection => db.set_selection(p, t, found),
        QueryDestination::Set(name) => {
            let set = RecSet::from_recs(found.iter().copied());
            db.put_set(p, &name, t, set);
        }
        QueryDestination::Named(name) => {
            db.process(p).named.insert(name, (t, found, 0));
        }
        QueryDestination::Variable(handle) => {
            let n = Value::int(found.len() as i64);
            let target = handle
                .downcast::<Target>()
                .map_err(|_| Fault::arguments(command))?;
            let place = it.target_place(&target, c.span)?;
            it.store(&place, n, c.span)?;
        }
    }
    Ok(())
}

/// `SET QUERY DESTINATION(destinationType{; destinationObject{; destinationPtr}})`.
pub fn set_query_destination(it: &mut Interp, c: &mut Call) -> BResult {
    const COMMAND: &str = "SET QUERY DESTINATION";
    let kind = c.int(0);
    let destination = match kind {
        INTO_SELECTION => QueryDestination::Selection,
        INTO_SET | INTO_NAMED_SELECTION => {
            let name = match value_arg(it, c, 1)? {
                Value::Text(t) => t.as_str().to_string(),
                _ => return Err(Fault::arguments(COMMAND).into()),
            };
            if kind == INTO_SET {
                QueryDestination::Set(name)
            } else {
                QueryDestination::Named(name)
            }
        }
        INTO_VARIABLE => QueryDestination::Variable(Rc::new(variable_target(it, c, COMMAND)?)),
        _ => return Err(Fault::arguments(COMMAND).into()),
    };
    let (db, p) = db(it, COMMAND)?;
    db.process(p).query_destination = destination;
    Ok(Value::Undefined)
}

/// The variable of `Into variable`: the second argument itself, or, when it is an empty
/// text, the variable the third argument points to.
fn variable_target(it: &mut Interp, c: &Call, command: &str) -> Result<Target, Fail> {
    let node = c.nodes.get(1).ok_or_else(|| Fault::arguments(command))?;
    let is_variable = matches!(
        node.kind,
        NodeKind::Local(_) | NodeKind::Process(_) | NodeKind::Interprocess(_)
    );
    if is_variable && !matches!(it.eval(node)?, Value::Text(_)) {
        return Ok(it.target_of(node)?);
    }
    match value_arg(it, c, 2)? {
        Value::Pointer(target) => Ok((*target).clone()),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// `GET QUERY DESTINATION(destinationType; destinationObject; destinationPtr)`.
pub fn get_query_destination(it: &mut Interp, c: &mut Call) -> BResult {
    let (db, p) = db(it, "GET QUERY DESTINATION")?;
    let (kind, name, pointer) = match db.process(p).query_destination.clone() {
        QueryDestination::Selection => (INTO_SELECTION, String::new(), Value::Null),
        QueryDestination::Set(n) => (INTO_SET, n, Value::Null),
        QueryDestination::Named(n) => (INTO_NAMED_SELECTION, n, Value::Null),
        QueryDestination::Variable(handle) => {
            let pointer = handle
                .downcast::<Target>()
                .map_or(Value::Null, Value::Pointer);
            (INTO_VARIABLE, String::new(), pointer)
        }
    };
    store_arg(it, c, 0, Value::int(kind))?;
    store_arg(it, c, 1, Value::text(name))?;
    if !matches!(pointer, Value::Null) {
        store_arg(it, c, 2, pointer)?;
    }
    Ok(Value::Undefined)
}

/// `SET QUERY LIMIT(limit)`: later queries of the process keep at most `limit` records
/// (0: no limit).
pub fn set_query_limit(it: &mut Interp, c: &mut Call) -> BResult {
    let limit = c.int(0).max(0) as usize;
    let (db, p) = db(it, "SET QUERY LIMIT")?;
    db.process(p).query_limit = limit;
    Ok(Value::Undefined)
}

/// `Get query limit`: the process's query limit (0: none).
pub fn get_query_limit(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "Get query limit")?;
    Ok(Value::int(db.process(p).query_limit as i64))
}
