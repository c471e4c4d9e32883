//! The classic database commands (`QUERY`, `ORDER BY`, `SAVE RECORD`, sets…) over the run's
//! [`Database`](crate::datastore::Database): each command resolves its arguments here —
//! tables and fields are read from the argument's node (`[People]`, `[People]Name`, a
//! pointer `$ptr->`), as 4D's commands take them by reference — then makes one call to the
//! datastore. Engine errors become 4D errors with the engine's code, at the call.
//!
//! - `structure`: `Table`, `Field`, `Table name`, `GET FIELD PROPERTIES`…
//! - `records`: creating, saving, deleting, loading records; locking; `Sequence number`.
//! - `selection`: the current selection and moving in it.
//! - `query`: `QUERY`, `QUERY SELECTION`, `QUERY WITH ARRAY`, `QUERY BY FORMULA`, `ORDER BY`.
//! - `series`: `SELECTION TO ARRAY`, `DISTINCT VALUES`, `Sum`, `Average`, `Min`, `Max`.
//! - `sets`: sets and named selections.
//! - `transactions`: `START`/`VALIDATE`/`CANCEL TRANSACTION`, `In transaction`, `Transaction level`.
//! - `relations`: `RELATE ONE`/`MANY` (and their `OLD RELATED` and `SELECTION` forms),
//!   `SET`/`GET AUTOMATIC RELATIONS`.
//! - `destination`: `SET`/`GET QUERY DESTINATION`, `SET QUERY LIMIT`, `Get query limit`.
//! - `apply`: `APPLY TO SELECTION`, `ORDER BY FORMULA`, `ARRAY TO SELECTION`.

pub mod apply;
pub mod destination;
pub mod query;
pub mod records;
pub mod relations;
pub mod selection;
pub mod series;
pub mod sets;
pub mod structure;
pub mod transactions;

use super::{Call, Fail};
use crate::datastore::structure::{FieldId, TableId};
use crate::datastore::{Database, DbError, ProcessId};
use crate::eval::ir::{Node, NodeKind};
use crate::eval::value::Target;
use crate::eval::{Fault, Interp, Place, Value, VarType};

/// A table or a field, as a command argument names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ref {
    Table(TableId),
    Field(TableId, FieldId),
}

impl Ref {
    pub fn table(self) -> TableId {
        match self {
            Ref::Table(t) | Ref::Field(t, _) => t,
        }
    }
}

/// An engine error as a 4D error (code and message; the signature is the engine's).
pub fn db_fault(e: DbError) -> Fault {
    Fault::with_signature(e.code, e.signature, e.message)
}

/// The run's database and the current process.
pub fn db<'a>(it: &'a mut Interp, command: &str) -> Result<(&'a mut Database, ProcessId), Fail> {
    let p = it.db_process();
    Ok((it.database(command)?, p))
}

/// Sets the `OK` system variable.
pub fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// The table or field a node names: `[T]`, `[T]F`, `ptr->`, or a pointer value. `None` when
/// the node is something else (a value, an operator).
pub fn ref_of(it: &mut Interp, node: &Node) -> Result<Option<Ref>, Fail> {
    let place = match &node.kind {
        NodeKind::Field(name) => {
            let (t, f) = it.resolve_field(name)?;
            return Ok(Some(to_ref(t, f)));
        }
        NodeKind::Symbol(_) => return Ok(None),
        NodeKind::Deref(_) => it.place(node)?,
        _ => match it.eval(node)? {
            Value::Pointer(target) => match &*target {
                Target::Field { name } => {
                    let (t, f) = it.resolve_field(name)?;
                    return Ok(Some(to_ref(t, f)));
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        },
    };
    Ok(match place {
        Place::Field { table, field } => Some(to_ref(table, field)),
        _ => None,
    })
}

fn to_ref(t: TableId, f: Option<FieldId>) -> Ref {
    match f {
        Some(f) => Ref::Field(t, f),
        None => Ref::Table(t),
    }
}

/// Argument `i` as a table (a field stands for its table, as 4D's commands allow).
pub fn table_arg(it: &mut Interp, c: &Call, i: usize, command: &str) -> Result<TableId, Fail> {
    match c.nodes.get(i) {
        Some(node) => match ref_of(it, node)? {
            Some(Ref::Table(t)) => Ok(t),
            _ => Err(Fault::arguments(command).into()),
        },
        None => default_table(it, command),
    }
}

/// Argument `i` as a field.
pub fn field_arg(
    it: &mut Interp,
    c: &Call,
    i: usize,
    command: &str,
) -> Result<(TableId, FieldId), Fail> {
    let node = c.nodes.get(i).ok_or_else(|| Fault::arguments(command))?;
    match ref_of(it, node)? {
        Some(Ref::Field(t, f)) => Ok((t, f)),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// The optional leading table of a command: argument 0 when it names a table (then the
/// other arguments start at 1), else the default table.
pub fn leading_table(it: &mut Interp, c: &Call, command: &str) -> Result<(TableId, usize), Fail> {
    if let Some(node) = c.nodes.first()
        && !c.is_empty()
        && let NodeKind::Field(name) = &node.kind
        && crate::eval::field::split_field_name(name).1.is_none()
    {
        let (t, _) = it.resolve_field(name)?;
        return Ok((t, 1));
    }
    if let Some(node) = c.nodes.first()
        && !c.is_empty()
        && matches!(node.kind, NodeKind::Deref(_))
        && let Some(Ref::Table(t)) = ref_of(it, node)?
    {
        return Ok((t, 1));
    }
    Ok((default_table(it, command)?, 0))
}

/// The table `DEFAULT TABLE` set; an error when none was set (`commands-legacy/query.md`:
/// "If no default table has been set, an error occurs").
pub fn default_table(it: &mut Interp, command: &str) -> Result<TableId, Fail> {
    let (db, p) = db(it, command)?;
    db.process(p).default_table.ok_or_else(|| {
        Fault::rt(
            crate::eval::code::ARGUMENTS,
            format!("'{command}' needs a table: no default table is set"),
        )
        .into()
    })
}

/// The value of argument `i`, evaluated from its node (for commands whose other
/// arguments are read raw).
pub fn value_arg(it: &mut Interp, c: &Call, i: usize) -> Result<Value, Fail> {
    match c.nodes.get(i) {
        Some(node) => Ok(it.eval(node)?),
        None => Ok(Value::Undefined),
    }
}

/// The variable of argument `i` (an output array).
pub fn place_arg(it: &mut Interp, c: &Call, i: usize, command: &str) -> Result<Place, Fail> {
    let node = c.nodes.get(i).ok_or_else(|| Fault::arguments(command))?;
    Ok(it.place(node)?)
}

/// A 4D value as a query or comparison value for the engine (converted to the field's
/// type by the engine).
pub fn query_datum(v: &Value) -> crate::datastore::Datum {
    use crate::datastore::Datum;
    match v {
        Value::Bool(b) => Datum::Bool(*b),
        Value::Real(x) => Datum::Real(*x),
        Value::Text(t) => Datum::text(t.as_str()),
        Value::Date(d) => Datum::Date(*d),
        Value::Time(t) => Datum::Time(*t),
        _ => Datum::Null,
    }
}
