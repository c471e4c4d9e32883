//! Values of a selection: `SELECTION TO ARRAY`, `SELECTION RANGE TO ARRAY`, `DISTINCT
//! VALUES`, and the statistics `Sum`, `Average`, `Min`, `Max` of a field over its table's
//! current selection (they also take an array, as 4D's do). Pages:
//! `docs/commands-legacy/selection-to-array.md`, `distinct-values.md`, `sum.md`…

use super::super::outputs::fill_array;
use super::{Ref, db, db_fault, place_arg, ref_of};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::Datum;
use crate::datastore::structure::{FieldType, TableId};
use crate::eval::field::datum_to_value;
use crate::eval::value::ArrayKind;
use crate::eval::{Fault, Interp, Value};

/// The kind of array a field's values fill.
fn array_kind(kind: FieldType) -> ArrayKind {
    match kind {
        FieldType::Alpha | FieldType::Text => ArrayKind::Text,
        FieldType::Real | FieldType::Integer64 => ArrayKind::Real,
        FieldType::Integer | FieldType::Longint => ArrayKind::Integer,
        FieldType::Boolean => ArrayKind::Boolean,
        FieldType::Date => ArrayKind::Date,
        FieldType::Time => ArrayKind::Time,
        FieldType::Picture => ArrayKind::Picture,
        FieldType::Blob => ArrayKind::Blob,
        FieldType::Object => ArrayKind::Object,
    }
}

/// The values of a field (or, for a table, the record numbers) of `records`, with the
/// array kind they fill.
fn column(
    it: &mut Interp,
    what: Ref,
    records: &[u32],
    command: &str,
) -> Result<(ArrayKind, Vec<Value>), Fail> {
    let (db, _) = db(it, command)?;
    match what {
        Ref::Table(_) => Ok((
            ArrayKind::Integer,
            records.iter().map(|&r| Value::int(i64::from(r))).collect(),
        )),
        Ref::Field(t, f) => {
            let kind = db.store.structure().tables[t].fields[f].kind;
            let values = db.store.column_values(t, f, records).map_err(db_fault)?;
            Ok((
                array_kind(kind),
                values
                    .into_iter()
                    .map(|d| datum_to_value(d, kind))
                    .collect(),
            ))
        }
    }
}

/// The pairs `field|table; array` from `first`, and the table of the selection read.
fn pairs(
    it: &mut Interp,
    c: &Call,
    first: usize,
    command: &str,
) -> Result<(TableId, Vec<(Ref, usize)>), Fail> {
    let mut out = Vec::new();
    let mut table = None;
    let mut i = first;
    while i < c.len() {
        let what = ref_of(it, &c.nodes[i])?.ok_or_else(|| Fault::arguments(command))?;
        if i + 1 >= c.len() {
            return Err(Fault::arguments(command).into());
        }
        let t = *table.get_or_insert(what.table());
        if what.table() != t {
            return Err(Fault::rt(
                crate::datastore::error::ERR_UNRELATED_FIELD,
                format!("'{command}': every field must belong to the same table"),
            )
            .into());
        }
        out.push((what, i + 1));
        i += 2;
    }
    let t = table.ok_or_else(|| Fault::arguments(command))?;
    Ok((t, out))
}

fn to_arrays(it: &mut Interp, c: &Call, range: Option<(i64, i64)>, command: &str) -> BResult {
    let first = if range.is_some() { 2 } else { 0 };
    let (t, pairs) = pairs(it, c, first, command)?;
    let (db, p) = db(it, command)?;
    let mut records = db.cursor(p, t).selection.clone();
    if let Some((start, end)) = range {
        let len = records.len() as i64;
        let start = start.clamp(1, len.max(1));
        let end = end.clamp(0, len);
        records = if end >= start {
            records[(start - 1) as usize..end as usize].to_vec()
        } else {
            Vec::new()
        };
    }
    for (what, array_at) in pairs {
        let (kind, values) = column(it, what, &records, command)?;
        let place = place_arg(it, c, array_at, command)?;
        fill_array(it, c, &place, kind, values)?;
    }
    Ok(Value::Undefined)
}

/// `SELECTION TO ARRAY({aField|aTable; array}{; aField2|aTable2; array2…}{; *})`: the
/// values of the fields (record numbers for a table) of the current selection, in order.
pub fn selection_to_array(it: &mut Interp, c: &mut Call) -> BResult {
    to_arrays(it, c, None, "SELECTION TO ARRAY")
}

/// `SELECTION RANGE TO ARRAY(start; end; {aField|aTable; array}…)`: the same for the
/// records from `start` to `end` of the selection (1-based, included).
pub fn selection_range_to_array(it: &mut Interp, c: &mut Call) -> BResult {
    let start = super::value_arg(it, c, 0)?;
    let end = super::value_arg(it, c, 1)?;
    let (Value::Real(start), Value::Real(end)) = (start, end) else {
        return Err(Fault::arguments("SELECTION RANGE TO ARRAY").into());
    };
    to_arrays(
        it,
        c,
        Some((start as i64, end as i64)),
        "SELECTION RANGE TO ARRAY",
    )
}

/// `DISTINCT VALUES(aField; array{; countArray})`: the field's different values in the
/// selection, sorted; `countArray` the number of records of each.
pub fn distinct_values(it: &mut Interp, c: &mut Call) -> BResult {
    const NAME: &str = "DISTINCT VALUES";
    let (t, f) = match ref_of(it, &c.nodes[0])? {
        Some(Ref::Field(t, f)) => (t, f),
        _ => return Err(Fault::arguments(NAME).into()),
    };
    let (db, p) = db(it, NAME)?;
    let kind = db.store.structure().tables[t].fields[f].kind;
    let records = db.cursor(p, t).selection.clone();
    let distinct = db.store.distinct_values(t, f, &records);
    let counts: Vec<Value> = if c.has(2) {
        let all = db.store.column_values(t, f, &records).map_err(db_fault)?;
        let mut counts = vec![0i64; distinct.len()];
        for d in all.iter().filter(|d| !d.is_null()) {
            if let Ok(k) = distinct.binary_search_by(|x| crate::datastore::datum::order(x, d)) {
                counts[k] += 1;
            }
        }
        counts.into_iter().map(Value::int).collect()
    } else {
        Vec::new()
    };
    let values = distinct
        .into_iter()
        .map(|d| datum_to_value(d, kind))
        .collect();
    let place = place_arg(it, c, 1, NAME)?;
    fill_array(it, c, &place, array_kind(kind), values)?;
    if c.has(2) {
        let place = place_arg(it, c, 2, NAME)?;
        fill_array(it, c, &place, ArrayKind::Integer, counts)?;
    }
    Ok(Value::Undefined)
}

/// What a statistic is computed on: a field over its selection, or an array's numbers.
enum Series {
    Field(TableId, usize, Vec<u32>),
    Numbers(Vec<f64>),
}

fn series(it: &mut Interp, c: &Call, command: &str) -> Result<Series, Fail> {
    if let Some(Ref::Field(t, f)) = ref_of(it, &c.nodes[0])? {
        let (db, p) = db(it, command)?;
        let records = db.cursor(p, t).selection.clone();
        return Ok(Series::Field(t, f, records));
    }
    match super::value_arg(it, c, 0)? {
        Value::Array(a) => Ok(Series::Numbers(
            a.borrow()
                .items
                .iter()
                .skip(1)
                .filter_map(|v| match v {
                    Value::Real(x) => Some(*x),
                    Value::Time(t) => Some(*t as f64),
                    _ => None,
                })
                .collect(),
        )),
        _ => Err(Fault::arguments(command).into()),
    }
}

/// `Sum(series)`: the sum of a numeric field over the selection, or of an array.
pub fn sum(it: &mut Interp, c: &mut Call) -> BResult {
    match series(it, c, "Sum")? {
        Series::Field(t, f, records) => {
            let (db, _) = db(it, "Sum")?;
            Ok(Value::Real(db.store.sum(t, f, &records)))
        }
        Series::Numbers(xs) => Ok(Value::Real(xs.iter().sum())),
    }
}

/// `Average(series)`: 0 for an empty selection.
pub fn average(it: &mut Interp, c: &mut Call) -> BResult {
    match series(it, c, "Average")? {
        Series::Field(t, f, records) => {
            let (db, _) = db(it, "Average")?;
            Ok(Value::Real(db.store.average(t, f, &records)))
        }
        Series::Numbers(xs) if xs.is_empty() => Ok(Value::Real(0.0)),
        Series::Numbers(xs) => Ok(Value::Real(xs.iter().sum::<f64>() / xs.len() as f64)),
    }
}

fn extreme(it: &mut Interp, c: &mut Call, max: bool, command: &str) -> BResult {
    match series(it, c, command)? {
        Series::Field(t, f, records) => {
            let (db, _) = db(it, command)?;
            let kind = db.store.structure().tables[t].fields[f].kind;
            let d = if max {
                db.store.max(t, f, &records)
            } else {
                db.store.min(t, f, &records)
            };
            Ok(match d {
                Some(d) => datum_to_value(d, kind),
                None => datum_to_value(Datum::Real(0.0), FieldType::Real),
            })
        }
        Series::Numbers(xs) => {
            let x = if max {
                xs.iter()
                    .copied()
                    .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))))
            } else {
                xs.iter()
                    .copied()
                    .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.min(x))))
            };
            Ok(Value::Real(x.unwrap_or(0.0)))
        }
    }
}

/// `Min(series)`: the smallest value (0 for none).
pub fn min(it: &mut Interp, c: &mut Call) -> BResult {
    extreme(it, c, false, "Min")
}

/// `Max(series)`: the largest value (0 for none).
pub fn max(it: &mut Interp, c: &mut Call) -> BResult {
    extreme(it, c, true, "Max")
}
