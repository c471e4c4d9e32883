//! One field's values for every record number of a table, in a typed vector: 8 bytes a
//! real, 4 a longint or date, 24 a text (inline up to 24 bytes, compact_str). Null values
//! live in a side bitmap made on the first null. Reading gives a [`Datum`] copy; the
//! comparison helpers read in place, so indexes and sorts never allocate for ASCII text.

use super::bitset::RecSet;
use crate::conv::{self, Date4D};
use crate::datastore::datum::Datum;
use crate::datastore::structure::FieldType;
use crate::json::Json;
use compact_str::CompactString;
use std::cmp::Ordering;

/// The typed storage of one column.
#[derive(Debug, Clone)]
pub enum Values {
    Bool(Vec<bool>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    Real(Vec<f64>),
    Date(Vec<Date4D>),
    Time(Vec<i64>),
    Text(Vec<CompactString>),
    Bytes(Vec<Box<[u8]>>),
    Object(Vec<Option<Box<Json>>>),
}

/// A column: values by record number, and which of them are null.
#[derive(Debug, Clone)]
pub struct Column {
    pub kind: FieldType,
    pub values: Values,
    nulls: Option<RecSet>,
}

impl Column {
    /// An empty column of a field type.
    pub fn new(kind: FieldType) -> Column {
        let values = match kind {
            FieldType::Boolean => Values::Bool(Vec::new()),
            FieldType::Integer => Values::I16(Vec::new()),
            FieldType::Longint => Values::I32(Vec::new()),
            FieldType::Integer64 => Values::I64(Vec::new()),
            FieldType::Real => Values::Real(Vec::new()),
            FieldType::Date => Values::Date(Vec::new()),
            FieldType::Time => Values::Time(Vec::new()),
            FieldType::Alpha | FieldType::Text => Values::Text(Vec::new()),
            FieldType::Blob | FieldType::Picture => Values::Bytes(Vec::new()),
            FieldType::Object => Values::Object(Vec::new()),
        };
        Column {
            kind,
            values,
            nulls: None,
        }
    }

    /// Makes room for record number `rec` (filling with blanks).
    pub fn ensure(&mut self, rec: u32) {
        let n = rec as usize + 1;
        match &mut self.values {
            Values::Bool(v) => grow(v, n, false),
            Values::I16(v) => grow(v, n, 0),
            Values::I32(v) => grow(v, n, 0),
            Values::I64(v) => grow(v, n, 0),
            Values::Real(v) => grow(v, n, 0.0),
            Values::Date(v) => grow(v, n, Date4D::NULL),
            Values::Time(v) => grow(v, n, 0),
            Values::Text(v) => grow(v, n, CompactString::default()),
            Values::Bytes(v) => grow(v, n, Box::default()),
            Values::Object(v) => grow(v, n, None),
        }
    }

    /// One past the highest record number the column has room for.
    pub fn len(&self) -> usize {
        match &self.values {
            Values::Bool(v) => v.len(),
            Values::I16(v) => v.len(),
            Values::I32(v) => v.len(),
            Values::I64(v) | Values::Time(v) => v.len(),
            Values::Real(v) => v.len(),
            Values::Date(v) => v.len(),
            Values::Text(v) => v.len(),
            Values::Bytes(v) => v.len(),
            Values::Object(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn is_null(&self, rec: u32) -> bool {
        match &self.values {
            Values::Object(v) => v.get(rec as usize).is_none_or(Option::is_none),
            _ => self.nulls.as_ref().is_some_and(|n| n.contains(rec)),
        }
    }

    /// The value of record `rec`, copied.
    pub fn get(&self, rec: u32) -> Datum {
        if self.is_null(rec) || rec as usize >= self.len() {
            return Datum::Null;
        }
        let i = rec as usize;
        match &self.values {
            Values::Bool(v) => Datum::Bool(v[i]),
            Values::I16(v) => Datum::Int(i64::from(v[i])),
            Values::I32(v) => Datum::Int(i64::from(v[i])),
            Values::I64(v) => Datum::Int(v[i]),
            Values::Real(v) => Datum::Real(v[i]),
            Values::Date(v) => Datum::Date(v[i]),
            Values::Time(v) => Datum::Time(v[i]),
            Values::Text(v) => Datum::Text(v[i].clone()),
            Values::Bytes(v) if self.kind == FieldType::Picture => Datum::Picture(v[i].to_vec()),
            Values::Bytes(v) => Datum::Blob(v[i].to_vec()),
            Values::Object(v) => v[i].as_deref().cloned().map_or(Datum::Null, Datum::Object),
        }
    }

    /// Stores a value already fitted to the column's type ([`crate::datastore::datum::fit`]).
    /// A value of another kind stores the blank value.
    pub fn set(&mut self, rec: u32, value: &Datum) {
        self.ensure(rec);
        let i = rec as usize;
        if value.is_null() {
            self.clear(rec);
            if !matches!(self.values, Values::Object(_)) {
                self.nulls.get_or_insert_with(RecSet::new).insert(rec);
            }
            return;
        }
        if let Some(n) = &mut self.nulls {
            n.remove(rec);
        }
        match (&mut self.values, value) {
            (Values::Bool(v), Datum::Bool(b)) => v[i] = *b,
            (Values::I16(v), Datum::Int(x)) => v[i] = *x as i16,
            (Values::I32(v), Datum::Int(x)) => v[i] = *x as i32,
            (Values::I64(v), Datum::Int(x)) => v[i] = *x,
            (Values::Real(v), Datum::Real(x)) => v[i] = *x,
            (Values::Date(v), Datum::Date(d)) => v[i] = *d,
            (Values::Time(v), Datum::Time(t)) => v[i] = *t,
            (Values::Text(v), Datum::Text(t)) => v[i] = t.clone(),
            (Values::Bytes(v), Datum::Blob(b) | Datum::Picture(b)) => {
                v[i] = b.clone().into_boxed_slice()
            }
            (Values::Object(v), Datum::Object(o)) => v[i] = Some(Box::new(o.clone())),
            (Values::Object(v), _) => v[i] = None,
            _ => self.clear(rec),
        }
    }

    /// Resets a slot to the blank value (a deleted record frees its memory).
    pub fn clear(&mut self, rec: u32) {
        let i = rec as usize;
        if let Some(n) = &mut self.nulls {
            n.remove(rec);
        }
        match &mut self.values {
            Values::Bool(v) => v[i] = false,
            Values::I16(v) => v[i] = 0,
            Values::I32(v) => v[i] = 0,
            Values::I64(v) => v[i] = 0,
            Values::Real(v) => v[i] = 0.0,
            Values::Date(v) => v[i] = Date4D::NULL,
            Values::Time(v) => v[i] = 0,
            Values::Text(v) => v[i] = CompactString::default(),
            Values::Bytes(v) => v[i] = Box::default(),
            Values::Object(v) => v[i] = None,
        }
    }

    /// The text of record `rec` without copying, for text columns.
    pub fn text_at(&self, rec: u32) -> Option<&str> {
        match &self.values {
            Values::Text(v) if !self.is_null(rec) => v.get(rec as usize).map(|s| s.as_str()),
            _ => None,
        }
    }

    /// The numeric value of record `rec` without copying (dates as day ordinals).
    pub fn number_at(&self, rec: u32) -> Option<f64> {
        if self.is_null(rec) || rec as usize >= self.len() {
            return None;
        }
        let i = rec as usize;
        Some(match &self.values {
            Values::Bool(v) => f64::from(u8::from(v[i])),
            Values::I16(v) => f64::from(v[i]),
            Values::I32(v) => f64::from(v[i]),
            Values::I64(v) => v[i] as f64,
            Values::Real(v) => v[i],
            Values::Date(v) => v[i].ordinal() as f64,
            Values::Time(v) => v[i] as f64,
            _ => return None,
        })
    }

    /// The index and sort order of two records: null first, then the values (text by
    /// 4D's collation), ties broken by record number so that every entry has one place.
    pub fn cmp_recs(&self, a: u32, b: u32) -> Ordering {
        self.cmp_values(a, b).then(a.cmp(&b))
    }

    /// The order of two records' values alone.
    pub fn cmp_values(&self, a: u32, b: u32) -> Ordering {
        match (self.is_null(a), self.is_null(b)) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let (i, j) = (a as usize, b as usize);
        match &self.values {
            Values::Bool(v) => v[i].cmp(&v[j]),
            Values::I16(v) => v[i].cmp(&v[j]),
            Values::I32(v) => v[i].cmp(&v[j]),
            Values::I64(v) => v[i].cmp(&v[j]),
            Values::Real(v) => v[i].total_cmp(&v[j]),
            Values::Date(v) => v[i].cmp(&v[j]),
            Values::Time(v) => v[i].cmp(&v[j]),
            Values::Text(v) => conv::text_order(&v[i], &v[j]),
            Values::Bytes(_) | Values::Object(_) => Ordering::Equal,
        }
    }

    /// The order of record `rec`'s value against a probe converted to the column's type
    /// ([`crate::datastore::datum::to_query_value`]); a null value is below every probe.
    /// Text compares by `conv::text_cmp`, so a probe ending in `@` compares prefixes.
    pub fn cmp_probe(&self, rec: u32, probe: &Datum) -> Ordering {
        if self.is_null(rec) {
            return if probe.is_null() {
                Ordering::Equal
            } else {
                Ordering::Less
            };
        }
        if probe.is_null() {
            return Ordering::Greater;
        }
        let i = rec as usize;
        match (&self.values, probe) {
            (Values::Text(v), Datum::Text(p)) => conv::text_cmp(&v[i], p),
            (Values::Bool(v), Datum::Bool(p)) => v[i].cmp(p),
            (Values::Date(v), Datum::Date(p)) => v[i].cmp(p),
            (Values::Time(v), Datum::Time(p)) => v[i].cmp(p),
            (_, p) => match (self.number_at(rec), p.as_f64()) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                _ => Ordering::Equal,
            },
        }
    }

    /// Bytes of memory the column holds, roughly (for `docs/datastore.md`'s figures).
    pub fn heap_bytes(&self) -> usize {
        let n = match &self.values {
            Values::Bool(v) => v.capacity(),
            Values::I16(v) => v.capacity() * 2,
            Values::I32(v) => v.capacity() * 4,
            Values::I64(v) | Values::Time(v) => v.capacity() * 8,
            Values::Real(v) => v.capacity() * 8,
            Values::Date(v) => v.capacity() * 4,
            Values::Text(v) => {
                v.capacity() * 24
                    + v.iter()
                        .filter(|s| s.is_heap_allocated())
                        .map(|s| s.capacity())
                        .sum::<usize>()
            }
            Values::Bytes(v) => v.capacity() * 16 + v.iter().map(|b| b.len()).sum::<usize>(),
            Values::Object(v) => v.capacity() * 8,
        };
        n + self.nulls.as_ref().map_or(0, |s| s.len() / 8)
    }
}

fn grow<T: Clone>(v: &mut Vec<T>, n: usize, blank: T) {
    if v.len() < n {
        v.resize(n, blank);
    }
}
