//! `[Table]Field` in the language: names resolved against the run's structure, field
//! values read from and written to the process's current record, and 4D values converted
//! to and from the datastore's [`Datum`]s. A field holding null reads as its type's empty
//! value ("NULL values … are not supported in the 4D language"), except an Object field,
//! which reads as Null.

use super::display::{from_json, stringify};
use super::interp::Interp;
use super::rt_error::{Fault, Unwind, code};
use super::value::{OpaqueKind, Value};
use crate::datastore::datum::{FitError, fit};
use crate::datastore::structure::{Field, FieldId, FieldType, TableId};
use crate::datastore::{Database, Datum, ProcessId};
use crate::source::Span;

/// Splits a written reference: `"[People]Name"` into `("People", Some("Name"))`, `"[People]"`
/// into `("People", None)`.
pub fn split_field_name(name: &str) -> (&str, Option<&str>) {
    let inner = name.strip_prefix('[').unwrap_or(name);
    match inner.split_once(']') {
        Some((table, "")) => (table, None),
        Some((table, field)) => (table, Some(field)),
        None => (inner, None),
    }
}

/// A field's value as the language sees it.
pub fn datum_to_value(d: Datum, kind: FieldType) -> Value {
    match d {
        Datum::Null if kind == FieldType::Object => Value::Null,
        Datum::Null => datum_to_value(Datum::blank(kind), kind),
        Datum::Bool(b) => Value::Bool(b),
        Datum::Int(i) => Value::Real(i as f64),
        Datum::Real(r) => Value::Real(r),
        Datum::Text(t) => Value::text(t.as_str()),
        Datum::Date(d) => Value::Date(d),
        Datum::Time(t) => Value::Time(t),
        Datum::Blob(b) => Value::Blob(std::rc::Rc::new(b)),
        Datum::Picture(_) => Value::Opaque(OpaqueKind::Picture),
        Datum::Object(j) => from_json(&j),
    }
}

/// A language value as a field of `field`'s type stores it (4D's assignment rules: numbers
/// rounded into integer fields; an Alpha field's length is checked when the record is saved).
pub fn value_to_datum(v: &Value, field: &Field) -> Result<Datum, Fault> {
    let raw = match v {
        Value::Undefined | Value::Null => Datum::Null,
        Value::Bool(b) => Datum::Bool(*b),
        Value::Real(x) if field.kind.is_integer() => {
            Datum::Int(super::value::to_integer(*x) as i64)
        }
        Value::Real(x) => Datum::Real(*x),
        Value::Text(t) => Datum::text(t.as_str()),
        Value::Date(d) => Datum::Date(*d),
        Value::Time(t) => Datum::Time(*t),
        Value::Object(_) | Value::Collection(_) => match crate::json::parse(&stringify(v, false)) {
            Ok(j) => Datum::Object(j),
            Err(_) => Datum::Null,
        },
        Value::Blob(b) => Datum::Blob(b.to_vec()),
        Value::Opaque(OpaqueKind::Picture) => Datum::Picture(Vec::new()),
        Value::Pointer(_) | Value::Array(_) | Value::Formula(_) => Datum::Blob(Vec::new()),
    };
    let raw = match (field.kind, raw) {
        (FieldType::Time, Datum::Real(x)) => Datum::Time(x as i64),
        (_, d) => d,
    };
    match fit(field, raw.clone()) {
        Ok(d) => Ok(d),
        Err(FitError::TooLong(_)) => Ok(raw),
        Err(FitError::WrongType) => Err(Fault::assign(
            v.type_name(),
            &format!("{} field", field.kind.orda_type()),
        )),
    }
}

impl Interp {
    /// The process the classic commands act for (`Current process`): each
    /// process has its own current selections and records.
    pub fn db_process(&self) -> ProcessId {
        self.processes.current as ProcessId
    }

    /// The run's database, or the error for code that names a table in a project without
    /// a structure.
    pub fn database(&mut self, what: &str) -> Result<&mut Database, Fault> {
        match self.db.as_deref_mut() {
            Some(db) => Ok(db),
            None => Err(Fault::rt(
                code::UNAVAILABLE,
                format!("'{what}' needs a table: the project has no catalog.4DCatalog"),
            )),
        }
    }

    /// Resolves `[Table]` or `[Table]Field` against the structure.
    pub fn resolve_field(&mut self, name: &str) -> Result<(TableId, Option<FieldId>), Fault> {
        let (table, field) = split_field_name(name);
        let db = self.database(name)?;
        let structure = db.store.structure();
        let t = structure
            .table_named(table)
            .or_else(|| {
                structure
                    .tables
                    .iter()
                    .position(|t| t.name.eq_ignore_ascii_case(table))
            })
            .ok_or_else(|| {
                Fault::rt(
                    code::UNAVAILABLE,
                    format!("'{name}': the structure has no table [{table}]"),
                )
            })?;
        let Some(field) = field else {
            return Ok((t, None));
        };
        let fields = &structure.tables[t].fields;
        let f = fields
            .iter()
            .position(|f| f.name == field)
            .or_else(|| {
                fields
                    .iter()
                    .position(|f| f.name.eq_ignore_ascii_case(field))
            })
            .ok_or_else(|| {
                Fault::rt(
                    code::UNAVAILABLE,
                    format!("'{name}': the table [{table}] has no field {field}"),
                )
            })?;
        Ok((t, Some(f)))
    }

    /// Reads a field of the current record.
    pub(crate) fn load_field(
        &mut self,
        t: TableId,
        f: Option<FieldId>,
        span: Span,
    ) -> Result<Value, Unwind> {
        let Some(f) = f else {
            return Err(self.fail(Fault::wrong_type("A table is not a value"), span));
        };
        let p = self.db_process();
        let Some(db) = self.db.as_deref_mut() else {
            return Err(self.fail(Fault::unavailable("field"), span));
        };
        let kind = db.store.structure().tables[t].fields[f].kind;
        let d = db.field(p, t, f);
        Ok(datum_to_value(d, kind))
    }

    /// Assigns a field of the current record.
    pub(crate) fn store_field(
        &mut self,
        t: TableId,
        f: Option<FieldId>,
        value: Value,
        span: Span,
    ) -> Result<(), Unwind> {
        let Some(f) = f else {
            return Err(self.fail(Fault::wrong_type("A table cannot be assigned"), span));
        };
        let p = self.db_process();
        let Some(db) = self.db.as_deref_mut() else {
            return Err(self.fail(Fault::unavailable("field"), span));
        };
        let field = &db.store.structure().tables[t].fields[f];
        match value_to_datum(&value, field) {
            Ok(d) => db.set_field(p, t, f, d),
            Err(e) => return Err(self.fail(e, span)),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_table_and_field() {
        assert_eq!(split_field_name("[People]Name"), ("People", Some("Name")));
        assert_eq!(split_field_name("[People]"), ("People", None));
        assert_eq!(
            split_field_name("[My table]My field"),
            ("My table", Some("My field"))
        );
    }
}
