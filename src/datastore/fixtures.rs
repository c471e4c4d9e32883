//! Fixtures: the store's data as JSON, to start a run from known data (`--data FILE`) and
//! to write the data when it ends (`--save-data FILE`). One object whose keys are table
//! names, each an array of records; a record is an object of field names to values:
//!
//! - Alpha and Text: a string; Real and the integers: a number (integers whole);
//!   Boolean: true/false; Date: `"YYYY-MM-DD"` (`"0000-00-00"` is the null date);
//!   Time: `"HH:MM:SS"` (hours may pass 24); BLOB and Picture: base64 text;
//!   Object: any JSON object (or array); `null`: a null value.
//! - A field left out takes its new-record value (blank, or null where the field does not
//!   map nulls to blanks); Autoincrement and Auto UUID fields left out are filled.
//! - Records are saved in file order, so they get record numbers 0, 1, 2… per table.
//!
//! Loading checks everything (unknown table or field, a value of the wrong type, a key
//! twice in one object, the integrity rules of a save) and builds a new store: an error
//! leaves nothing half-loaded. Saving writes a temporary file beside the target and renames
//! it, so a failed save loses nothing.

use super::datum::Datum;
use super::error::{DbError, DbResult, ERR_BAD_FIXTURES};
use super::store::Datastore;
use super::structure::{Field, FieldType, Structure};
use crate::conv::Date4D;
use crate::json::{self, Json, JsonKind, Member};
use base64::Engine;
use std::path::Path;

/// The process number fixtures are written under (no process holds locks at load time).
const LOADER: i64 = 0;

fn bad(span: std::ops::Range<usize>, message: impl Into<String>) -> DbError {
    DbError::at(ERR_BAD_FIXTURES, span, message)
}

/// A new store for `structure` holding the records of a fixtures text.
pub fn load(structure: Structure, text: &str) -> DbResult<Datastore> {
    let root = json::parse(text).map_err(|e| {
        bad(
            e.span.clone(),
            format!("the fixtures are not JSON: {}", e.message),
        )
    })?;
    let Some(tables) = root.as_object() else {
        return Err(bad(
            root.span.clone(),
            format!(
                "the fixtures must be an object of tables, not {}",
                root.type_name()
            ),
        ));
    };
    no_duplicate_keys(tables)?;
    let mut ds = Datastore::new(structure);
    let structure = ds.structure().clone();
    for member in tables {
        let Some(t) = structure.table_named(&member.key) else {
            return Err(bad(
                member.key_span.clone(),
                format!("there is no table named {:?}", member.key),
            ));
        };
        let Some(records) = member.value.as_array() else {
            return Err(bad(
                member.value.span.clone(),
                format!("[{}] must be an array of records", member.key),
            ));
        };
        let table = &structure.tables[t];
        for record in records {
            let Some(fields) = record.as_object() else {
                return Err(bad(
                    record.span.clone(),
                    format!("a record of [{}] must be an object", table.name),
                ));
            };
            no_duplicate_keys(fields)?;
            let mut values = ds.blank_record(t);
            for m in fields {
                let Some(f) = table.field_named(&m.key) else {
                    return Err(bad(
                        m.key_span.clone(),
                        format!("[{}] has no field named {:?}", table.name, m.key),
                    ));
                };
                values[f] = datum_of(&table.fields[f], &m.value).map_err(|why| {
                    bad(
                        m.value.span.clone(),
                        format!("[{}]{}: {why}", table.name, m.key),
                    )
                })?;
            }
            ds.create(LOADER, t, values)
                .map_err(|e| bad(record.span.clone(), e.message))?;
        }
        // Later autoincrements continue after the highest number loaded.
        for (f, field) in table.fields.iter().enumerate() {
            if field.autosequence {
                let all = ds.all_records(t);
                if let Some(Datum::Int(max)) = ds.max(t, f, &all) {
                    let next = ds.tables[t].next_sequence.max(max + 1);
                    ds.set_sequence(t, next);
                }
            }
        }
    }
    Ok(ds)
}

fn no_duplicate_keys(members: &[Member]) -> DbResult<()> {
    for (i, m) in members.iter().enumerate() {
        if members[..i].iter().any(|o| o.key == m.key) {
            return Err(bad(
                m.key_span.clone(),
                format!("the key {:?} appears twice", m.key),
            ));
        }
    }
    Ok(())
}

/// A JSON value as a field value, by the field's type.
fn datum_of(field: &Field, value: &Json) -> Result<Datum, String> {
    use FieldType as F;
    let wrong = || {
        format!(
            "expected {}, found {}",
            expected(field.kind),
            value.type_name()
        )
    };
    Ok(match (&value.kind, field.kind) {
        (JsonKind::Null, _) => Datum::Null,
        (JsonKind::String(s), F::Alpha | F::Text) => Datum::text(s),
        (JsonKind::Bool(b), F::Boolean) => Datum::Bool(*b),
        (JsonKind::Number(n), F::Real) => Datum::Real(*n),
        (JsonKind::Number(n), F::Integer | F::Longint | F::Integer64) => {
            if n.fract() != 0.0 || n.abs() > 9.2e18 {
                return Err(format!("{n} is not a whole number"));
            }
            let i = *n as i64;
            let fits = match field.kind {
                F::Integer => i16::try_from(i).is_ok(),
                F::Longint => i32::try_from(i).is_ok(),
                _ => true,
            };
            if !fits {
                return Err(format!("{i} does not fit {}", expected(field.kind)));
            }
            Datum::Int(i)
        }
        (JsonKind::String(s), F::Date) => {
            Datum::Date(parse_date(s).ok_or_else(|| format!("{s:?} is not a date \"YYYY-MM-DD\""))?)
        }
        (JsonKind::String(s), F::Time) => {
            Datum::Time(parse_time(s).ok_or_else(|| format!("{s:?} is not a time \"HH:MM:SS\""))?)
        }
        (JsonKind::String(s), F::Blob | F::Picture) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(s)
                .map_err(|e| format!("not base64: {e}"))?;
            if field.kind == F::Blob {
                Datum::Blob(bytes)
            } else {
                Datum::Picture(bytes)
            }
        }
        (JsonKind::Object(_) | JsonKind::Array(_), F::Object) => Datum::Object(value.clone()),
        _ => return Err(wrong()),
    })
}

fn expected(kind: FieldType) -> &'static str {
    match kind {
        FieldType::Alpha | FieldType::Text => "a string",
        FieldType::Boolean => "true or false",
        FieldType::Integer => "a whole number from -32768 to 32767",
        FieldType::Longint => "a 32-bit whole number",
        FieldType::Integer64 => "a whole number",
        FieldType::Real => "a number",
        FieldType::Date => "a date \"YYYY-MM-DD\"",
        FieldType::Time => "a time \"HH:MM:SS\"",
        FieldType::Blob | FieldType::Picture => "base64 text",
        FieldType::Object => "an object",
    }
}

/// `YYYY-MM-DD`, a real date in 4D's range, or `0000-00-00`.
pub fn parse_date(s: &str) -> Option<Date4D> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if (y, m, d) == (0, 0, 0) {
        return Some(Date4D::NULL);
    }
    Date4D::new(y, m, d)
}

/// `HH:MM:SS` (hours may pass 24; minutes and seconds below 60).
pub fn parse_time(s: &str) -> Option<i64> {
    let mut parts = s.split(':');
    let (h, m, sec) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || [h, m, sec]
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let (h, m, sec): (i64, i64, i64) = (h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?);
    (m < 60 && sec < 60).then_some(h * 3600 + m * 60 + sec)
}

/// The store's data as fixtures JSON (tables in structure order, records by record number).
pub fn to_json(ds: &Datastore) -> Json {
    let structure = ds.structure();
    let mut tables = Vec::new();
    for (t, table) in structure.tables.iter().enumerate() {
        let mut records = Vec::new();
        for rec in ds.all_records(t) {
            let row = ds.read(t, rec).unwrap_or_default();
            let members = table
                .fields
                .iter()
                .zip(row)
                .map(|(f, d)| Member {
                    key: f.name.clone(),
                    key_span: 0..0,
                    value: json_of(&d),
                })
                .collect();
            records.push(Json::new(JsonKind::Object(members)));
        }
        tables.push(Member {
            key: table.name.clone(),
            key_span: 0..0,
            value: Json::new(JsonKind::Array(records)),
        });
    }
    Json::new(JsonKind::Object(tables))
}

fn json_of(d: &Datum) -> Json {
    Json::new(match d {
        Datum::Null => JsonKind::Null,
        Datum::Bool(b) => JsonKind::Bool(*b),
        Datum::Int(i) => JsonKind::Number(*i as f64),
        Datum::Real(r) => JsonKind::Number(*r),
        Datum::Text(t) => JsonKind::String(t.to_string()),
        Datum::Date(d) => JsonKind::String(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        Datum::Time(t) => JsonKind::String(format!(
            "{:02}:{:02}:{:02}",
            t / 3600,
            (t / 60) % 60,
            t % 60
        )),
        Datum::Blob(b) | Datum::Picture(b) => {
            JsonKind::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
        Datum::Object(o) => return o.clone(),
    })
}

/// Writes the store's fixtures to `path`: a temporary file in the same folder, then a
/// rename over the target, so the old file stays whole if anything fails.
pub fn save(ds: &Datastore, path: &Path) -> std::io::Result<()> {
    let text = json::to_string_pretty(&to_json(ds)) + "\n";
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}
