//! Member functions of entity selections (`docs/API/EntitySelectionClass.md`): `.first()`,
//! `.last()`, `.at()`, `.toCollection()`, `.extract()`, `.orderBy()`, `.query()`,
//! `.sum()`/`.average()`/`.min()`/`.max()`/`.count()`/`.distinct()`, `.slice()`,
//! `.and()`/`.or()`/`.minus()`, `.contains()`, `.isOrdered()`.

use super::entity::attribute_filter;
use super::{EntityData, SelectionData, attribute, entity_of, native, run_query, selection_value};
use crate::builtins::db::{db, db_fault};
use crate::builtins::{BResult, Call, Fail};
use crate::datastore::RecSet;
use crate::eval::field::datum_to_value;
use crate::eval::{Fault, Interp, Value};
use std::rc::Rc;

fn data(this: &Value) -> Result<Rc<SelectionData>, Fail> {
    Ok(native::<SelectionData>(this, "an entity selection")?.1)
}

fn text_arg(c: &Call, i: usize, name: &str) -> Result<String, Fail> {
    match c.value(i) {
        Value::Text(t) => Ok(t.as_str().to_string()),
        _ => Err(Fault::arguments(name).into()),
    }
}

/// `.first()`: the first entity, or Null for an empty selection.
pub fn first(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let s = data(this)?;
    match s.records.first() {
        Some(&rec) => entity_of(it, s.table, rec),
        None => Ok(Value::Null),
    }
}

/// `.last()`.
pub fn last(it: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    let s = data(this)?;
    match s.records.last() {
        Some(&rec) => entity_of(it, s.table, rec),
        None => Ok(Value::Null),
    }
}

/// `.at(index)`: the entity at a position (negative: from the end), or Null.
pub fn at(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let len = s.records.len() as i64;
    let i = c.int(0);
    let i = if i < 0 { len + i } else { i };
    match usize::try_from(i).ok().and_then(|i| s.records.get(i)) {
        Some(&rec) => entity_of(it, s.table, rec),
        None => Ok(Value::Null),
    }
}

/// `.toCollection({filter})`: one object per entity, with its attributes (or those named).
pub fn to_collection(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let wanted = attribute_filter(c.value(0));
    let (db, p) = db(it, "toCollection")?;
    let structure = db.store.structure().clone();
    let fields = &structure.tables[s.table].fields;
    let mut items = Vec::with_capacity(s.records.len());
    for &rec in &s.records {
        let row = db.store.read_for(p, s.table, rec).map_err(db_fault)?;
        let props = fields
            .iter()
            .zip(row)
            .filter(|(f, _)| wanted.as_ref().is_none_or(|w| w.contains(&f.name)))
            .map(|(f, d)| (Rc::from(f.name.as_str()), datum_to_value(d, f.kind)))
            .collect();
        items.push(Value::new_object(props));
    }
    Ok(Value::new_collection(items))
}

/// The values of an attribute over the selection.
fn column(it: &mut Interp, s: &SelectionData, name: &str) -> Result<Vec<Value>, Fail> {
    let f = attribute(it, s.table, name)?;
    let (db, _) = db(it, "attribute")?;
    let kind = db.store.structure().tables[s.table].fields[f].kind;
    let values = db
        .store
        .column_values(s.table, f, &s.records)
        .map_err(db_fault)?;
    Ok(values
        .into_iter()
        .map(|d| datum_to_value(d, kind))
        .collect())
}

/// `.extract(attribute)`: a collection of the attribute's values, in selection order.
pub fn extract(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let name = text_arg(c, 0, "extract")?;
    Ok(Value::new_collection(column(it, &s, &name)?))
}

/// `.orderBy(pathString)`: a new, ordered selection (`"lastName asc, salary desc"`).
pub fn order_by(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let text = text_arg(c, 0, "orderBy")?;
    let (db, _) = db(it, "orderBy")?;
    let keys = crate::datastore::query::plan::plan_order(db.store.structure(), s.table, &text)
        .map_err(db_fault)?;
    let mut records = s.records.clone();
    db.store
        .order_records(s.table, &mut records, &keys)
        .map_err(db_fault)?;
    Ok(selection_value(s.table, records, true))
}

/// `.query(queryString {; value…})`: the entities of this selection that match.
pub fn query(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let text = text_arg(c, 0, "query")?;
    let args = c.values_from(1);
    let found = run_query(it, s.table, &text, &args, Some(&s.records))?;
    Ok(selection_value(s.table, found.records, found.ordered))
}

fn field_of(it: &mut Interp, s: &SelectionData, c: &Call, name: &str) -> Result<usize, Fail> {
    let attr = text_arg(c, 0, name)?;
    attribute(it, s.table, &attr)
}

/// `.sum(attribute)`.
pub fn sum(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let f = field_of(it, &s, c, "sum")?;
    let (db, _) = db(it, "sum")?;
    Ok(Value::Real(db.store.sum(s.table, f, &s.records)))
}

/// `.average(attribute)`: undefined for an empty selection (`EntitySelectionClass.md`).
pub fn average(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let f = field_of(it, &s, c, "average")?;
    if s.records.is_empty() {
        return Ok(Value::Undefined);
    }
    let (db, _) = db(it, "average")?;
    Ok(Value::Real(db.store.average(s.table, f, &s.records)))
}

fn extreme(it: &mut Interp, this: &Value, c: &mut Call, max: bool) -> BResult {
    let s = data(this)?;
    let f = field_of(it, &s, c, if max { "max" } else { "min" })?;
    let (db, _) = db(it, "min")?;
    let kind = db.store.structure().tables[s.table].fields[f].kind;
    let d = if max {
        db.store.max(s.table, f, &s.records)
    } else {
        db.store.min(s.table, f, &s.records)
    };
    Ok(d.map_or(Value::Undefined, |d| datum_to_value(d, kind)))
}

/// `.min(attribute)`: undefined for an empty selection.
pub fn min(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    extreme(it, this, c, false)
}

/// `.max(attribute)`.
pub fn max(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    extreme(it, this, c, true)
}

/// `.count(attribute)`: the entities whose attribute is not null.
pub fn count(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let f = field_of(it, &s, c, "count")?;
    let (db, _) = db(it, "count")?;
    let values = db
        .store
        .column_values(s.table, f, &s.records)
        .map_err(db_fault)?;
    Ok(Value::int(
        values.iter().filter(|d| !d.is_null()).count() as i64
    ))
}

/// `.distinct(attribute)`: the different values, sorted.
pub fn distinct(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let f = field_of(it, &s, c, "distinct")?;
    let (db, _) = db(it, "distinct")?;
    let kind = db.store.structure().tables[s.table].fields[f].kind;
    let values = db.store.distinct_values(s.table, f, &s.records);
    Ok(Value::new_collection(
        values
            .into_iter()
            .map(|d| datum_to_value(d, kind))
            .collect(),
    ))
}

/// `.slice(startFrom {; end})`: the entities from `startFrom` up to `end` excluded
/// (negative positions count from the end).
pub fn slice(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let len = s.records.len() as i64;
    let pos = |i: i64| if i < 0 { (len + i).max(0) } else { i.min(len) };
    let start = pos(c.int(0));
    let end = if c.has(1) { pos(c.int(1)) } else { len };
    let records = if end > start {
        s.records[start as usize..end as usize].to_vec()
    } else {
        Vec::new()
    };
    Ok(selection_value(s.table, records, s.ordered))
}

/// `.isOrdered()`.
pub fn is_ordered(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    Ok(Value::Bool(data(this)?.ordered))
}

/// `.contains(entity)`: the entity's record is in the selection.
pub fn contains(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let s = data(this)?;
    let (_, e) = native::<EntityData>(c.value(0), "an entity")?;
    Ok(Value::Bool(
        e.table == s.table && e.rec.get().is_some_and(|r| s.records.contains(&r)),
    ))
}

fn combine(this: &Value, c: &Call, name: &str, op: fn(&mut RecSet, &RecSet)) -> BResult {
    let s = data(this)?;
    let other: Vec<u32> = match native::<SelectionData>(c.value(0), "an entity selection") {
        Ok((_, o)) if o.table == s.table => o.records.clone(),
        Ok(_) => return Err(Fault::arguments(name).into()),
        Err(_) => match native::<EntityData>(c.value(0), "an entity selection or entity") {
            Ok((_, e)) if e.table == s.table => e.rec.get().into_iter().collect(),
            _ => return Err(Fault::arguments(name).into()),
        },
    };
    let mut set = RecSet::from_recs(s.records.iter().copied());
    op(&mut set, &RecSet::from_recs(other));
    Ok(selection_value(s.table, set.to_vec(), false))
}

/// `.and(entitySelection)`: the entities in both (unordered).
pub fn and(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    combine(this, c, "and", RecSet::intersect_with)
}

/// `.or(entitySelection)`: the entities in either.
pub fn or(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    combine(this, c, "or", RecSet::union_with)
}

/// `.minus(entitySelection)`: the entities of this selection not in the other.
pub fn minus(_: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    combine(this, c, "minus", RecSet::subtract)
}
