//! Structure Access: what code asks of the structure — `Table`, `Field`, `Table name`,
//! `Field name`, `Last table number`, `Last field number`, `GET FIELD PROPERTIES`, `Is table
//! number valid`, `Is field number valid` (`docs/commands-legacy/*.md` of each).

use super::{Ref, db, place_arg, value_arg};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::structure::{FieldId, Structure, TableId};
use crate::eval::code;
use crate::eval::value::Target;
use crate::eval::{Fault, Interp, Value};
use std::rc::Rc;
use std::sync::Arc;

fn structure(it: &mut Interp, command: &str) -> Result<Arc<Structure>, Fail> {
    let (db, _) = db(it, command)?;
    Ok(db.store.structure().clone())
}

fn bad_number(kind: &str, n: i64) -> Fail {
    Fault::rt(code::ARGUMENTS, format!("{n} is not a valid {kind} number")).into()
}

/// A pointer to a table or field, as `->[T]` and `->[T]F` make it.
fn pointer_to(s: &Structure, t: TableId, f: Option<FieldId>) -> Value {
    let table = &s.tables[t];
    let name = match f {
        Some(f) => format!("[{}]{}", table.name, table.fields[f].name),
        None => format!("[{}]", table.name),
    };
    Value::Pointer(Rc::new(Target::Field {
        name: Rc::from(name),
    }))
}

/// A table given by number or by pointer (to the table or one of its fields).
fn table_of(it: &mut Interp, v: &Value, command: &str) -> Result<TableId, Fail> {
    let s = structure(it, command)?;
    match v {
        Value::Real(x) => s
            .table_numbered(*x as i64)
            .ok_or_else(|| bad_number("table", *x as i64)),
        Value::Pointer(target) => match &**target {
            Target::Field { name } => Ok(it.resolve_field(name)?.0),
            _ => Err(Fault::arguments(command).into()),
        },
        _ => Err(Fault::arguments(command).into()),
    }
}

/// A field given by pointer.
fn field_of_pointer(it: &mut Interp, v: &Value, command: &str) -> Result<Ref, Fail> {
    match v {
        Value::Pointer(target) => match &**target {
            Target::Field { name } => Ok(match it.resolve_field(name)? {
                (t, Some(f)) => Ref::Field(t, f),
                (t, None) => Ref::Table(t),
            }),
            _ => Err(Fault::arguments(command).into()),
        },
        _ => Err(Fault::arguments(command).into()),
    }
}

/// A field given by pointer, or by table number and field number (arguments 0 and 1).
fn field_of(it: &mut Interp, c: &Call, command: &str) -> Result<(TableId, FieldId), Fail> {
    field_of_values(it, c.value(0), c.value(1), command)
}

fn field_of_values(
    it: &mut Interp,
    first: &Value,
    second: &Value,
    command: &str,
) -> Result<(TableId, FieldId), Fail> {
    match first {
        Value::Real(_) => {
            let t = table_of(it, first, command)?;
            let s = structure(it, command)?;
            let n = match second {
                Value::Real(x) => *x as i64,
                _ => return Err(Fault::arguments(command).into()),
            };
            let f = s.tables[t]
                .field_numbered(n)
                .ok_or_else(|| bad_number("field", n))?;
            Ok((t, f))
        }
        v => match field_of_pointer(it, &v.clone(), command)? {
            Ref::Field(t, f) => Ok((t, f)),
            Ref::Table(_) => Err(Fault::arguments(command).into()),
        },
    }
}

/// `Table(tablePtr | fieldPtr)`: the table number; `Table(tableNum)`: a pointer to the table.
pub fn table(it: &mut Interp, c: &mut Call) -> BResult {
    let s = structure(it, "Table")?;
    match c.value(0).clone() {
        Value::Real(x) => {
            let t = s
                .table_numbered(x as i64)
                .ok_or_else(|| bad_number("table", x as i64))?;
            Ok(pointer_to(&s, t, None))
        }
        v => {
            let t = field_of_pointer(it, &v, "Table")?.table();
            Ok(Value::int(s.tables[t].number))
        }
    }
}

/// `Field(fieldPtr)`: the field number; `Field(tableNum; fieldNum)`: a pointer to the field.
pub fn field(it: &mut Interp, c: &mut Call) -> BResult {
    let s = structure(it, "Field")?;
    if c.has(1) {
        let (t, f) = field_of(it, c, "Field")?;
        return Ok(pointer_to(&s, t, Some(f)));
    }
    match field_of_pointer(it, &c.value(0).clone(), "Field")? {
        Ref::Field(t, f) => Ok(Value::int(s.tables[t].fields[f].number)),
        Ref::Table(_) => Err(Fault::arguments("Field").into()),
    }
}

/// `Table name(tableNum | tablePtr)`.
pub fn table_name(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_of(it, &c.value(0).clone(), "Table name")?;
    let s = structure(it, "Table name")?;
    Ok(Value::text(s.tables[t].name.as_str()))
}

/// `Field name(fieldPtr | tableNum; fieldNum)`.
pub fn field_name(it: &mut Interp, c: &mut Call) -> BResult {
    let (t, f) = field_of(it, c, "Field name")?;
    let s = structure(it, "Field name")?;
    Ok(Value::text(s.tables[t].fields[f].name.as_str()))
}

/// `Last table number`: the highest table number (`get-last-table-number.md`):
/// a project without tables has none, so 0 (the page's loops then do nothing).
pub fn last_table_number(it: &mut Interp, _: &mut Call) -> BResult {
    if it.db.is_none() {
        return Ok(Value::int(0));
    }
    let s = structure(it, "Last table number")?;
    Ok(Value::int(s.last_table_number()))
}

/// `Last field number(tableNum | tablePtr)`: the highest field number of the table.
pub fn last_field_number(it: &mut Interp, c: &mut Call) -> BResult {
    let t = table_of(it, &c.value(0).clone(), "Last field number")?;
    let s = structure(it, "Last field number")?;
    Ok(Value::int(s.tables[t].last_field_number()))
}

/// `Is table number valid(tableNum)`.
pub fn is_table_number_valid(it: &mut Interp, c: &mut Call) -> BResult {
    if it.db.is_none() {
        // No structure: no table number is valid.
        return Ok(Value::Bool(false));
    }
    let s = structure(it, "Is table number valid")?;
    Ok(Value::Bool(s.table_numbered(c.int(0)).is_some()))
}

/// `Is field number valid(tableNum | tablePtr; fieldNum)`.
pub fn is_field_number_valid(it: &mut Interp, c: &mut Call) -> BResult {
    let s = structure(it, "Is field number valid")?;
    let t = match c.value(0) {
        Value::Real(x) => s.table_numbered(*x as i64),
        v => Some(table_of(it, &v.clone(), "Is field number valid")?),
    };
    let ok = t.is_some_and(|t| s.tables[t].field_numbered(c.int(1)).is_some());
    Ok(Value::Bool(ok))
}

/// `GET FIELD PROPERTIES(fieldPtr | tableNum {; fieldNum}; fieldType {; fieldLen {; indexed
/// {; unique {; invisible}}}})` (`get-field-properties.md`): the type as an `Is …` constant,
/// an Alpha field's length (0 for other types), whether it is indexed, unique, invisible.
pub fn get_field_properties(it: &mut Interp, c: &mut Call) -> BResult {
    const NAME: &str = "GET FIELD PROPERTIES";
    let v0 = value_arg(it, c, 0)?;
    let by_number = matches!(v0, Value::Real(_));
    let v1 = if by_number {
        value_arg(it, c, 1)?
    } else {
        Value::Undefined
    };
    let (t, f) = field_of_values(it, &v0, &v1, NAME)?;
    let s = structure(it, "GET FIELD PROPERTIES")?;
    let field = &s.tables[t].fields[f];
    let first = if by_number { 2 } else { 1 };
    let length = field.limiting_length.unwrap_or(0) as i64;
    let indexed = field.index.is_some() || field.keyword_index;
    let outputs = [
        Value::int(field.kind.is_constant()),
        Value::int(length),
        Value::Bool(indexed),
        Value::Bool(field.unique),
        Value::Bool(false),
    ];
    for (k, v) in outputs.into_iter().enumerate() {
        if c.has(first + k) {
            let place = place_arg(it, c, first + k, NAME)?;
            it.store(&place, v, c.span)?;
        }
    }
    Ok(Value::Undefined)
}
