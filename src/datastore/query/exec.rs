//! Evaluating a [`Pred`] on a table, set-at-a-time: each node narrows a scope (a bitset of
//! record numbers) to the records that satisfy it. A comparison on an indexed field reads a
//! range of the index (`=`, `<`, `>`, `<=`, `>=`, and `=` with a trailing `@` as a prefix
//! range); anything else scans the scope. `and` runs its indexed conditions first and
//! scans only what they leave, as 4D does (`commands-legacy/query.md`, example 6).

use super::{Cmp, PathStep, Pred};
use crate::conv::{self, DEFAULT_EPSILON};
use crate::datastore::datum::{Datum, HashKey, hash_key};
use crate::datastore::error::DbResult;
use crate::datastore::lock::ProcessId;
use crate::datastore::storage::bitset::RecSet;
use crate::datastore::storage::column::Column;
use crate::datastore::store::Datastore;
use crate::datastore::structure::TableId;
use crate::json::{Json, JsonKind};
use std::collections::HashSet;

/// Asks the caller whether record `rec` of `table` satisfies formula number `n`
/// (`Pred::Formula(n)`); the closure runs the interpreter's code with `This` = the entity.
pub type FormulaFn<'a> = dyn FnMut(usize, TableId, u32) -> DbResult<bool> + 'a;

/// Evaluates `pred` on `table` within `scope`.
pub fn eval(
    ds: &Datastore,
    table: TableId,
    pred: &Pred,
    scope: &RecSet,
    formula: &mut FormulaFn,
) -> DbResult<RecSet> {
    eval_as(ds, None, table, pred, scope, formula)
}

/// [`eval`] on behalf of a process: relation conditions then read the related tables as
/// that process sees them (`isolation.rs`).
pub fn eval_as(
    ds: &Datastore,
    process: Option<ProcessId>,
    table: TableId,
    pred: &Pred,
    scope: &RecSet,
    formula: &mut FormulaFn,
) -> DbResult<RecSet> {
    Exec {
        ds,
        process,
        formula,
    }
    .eval(table, pred, scope)
}

struct Exec<'a, 'f> {
    ds: &'a Datastore,
    process: Option<ProcessId>,
    formula: &'a mut FormulaFn<'f>,
}

impl Exec<'_, '_> {
    fn eval(&mut self, table: TableId, pred: &Pred, scope: &RecSet) -> DbResult<RecSet> {
        Ok(match pred {
            Pred::All => scope.clone(),
            Pred::And(items) => {
                let mut order: Vec<&Pred> = items.iter().collect();
                order.sort_by_key(|p| !self.indexed(table, p));
                let mut s = scope.clone();
                for p in order {
                    if s.is_empty() {
                        break;
                    }
                    s = self.eval(table, p, &s)?;
                }
                s
            }
            Pred::Or(items) => {
                let mut out = RecSet::new();
                for p in items {
                    out.union_with(&self.eval(table, p, scope)?);
                }
                out
            }
            Pred::Not(inner) => {
                let mut out = scope.clone();
                out.subtract(&self.eval(table, inner, scope)?);
                out
            }
            Pred::Field { field, cmp, value } => self.field(table, *field, *cmp, value, scope),
            Pred::In { field, values } => {
                let mut out = RecSet::new();
                for v in values {
                    out.union_with(&self.field(table, *field, Cmp::Eq, v, scope));
                }
                out
            }
            Pred::Object {
                field,
                path,
                cmp,
                value,
            } => {
                let col = &self.ds.tables[table].columns[*field];
                filter(scope, |r| match col.get(r) {
                    Datum::Object(json) => json_matches(&json, path, *cmp, value),
                    _ => {
                        matches!(value, Datum::Null)
                            && *cmp == Cmp::Eq
                            && path.iter().all(|s| matches!(s, PathStep::Key(_)))
                    }
                })
            }
            Pred::Related { link, sub } => {
                let (_, here, other, there) = link.ends(&self.ds.structure().clone());
                let mut everything = self.ds.tables[other].alive.clone();
                let matched = match self.process {
                    Some(p) => {
                        self.ds.adjust_scope(p, other, &mut everything);
                        self.ds.eval_for(p, other, sub, &everything, self.formula)?
                    }
                    None => self.eval(other, sub, &everything)?,
                };
                let other_col = &self.ds.tables[other].columns[there];
                let keys: HashSet<HashKey> = matched
                    .iter()
                    .filter_map(|r| hash_key(&other_col.get(r)))
                    .collect();
                let col = &self.ds.tables[table].columns[here];
                filter(scope, |r| {
                    hash_key(&col.get(r)).is_some_and(|k| keys.contains(&k))
                })
            }
            Pred::Formula(n) => {
                let mut out = RecSet::new();
                for r in scope.iter() {
                    if (self.formula)(*n, table, r)? {
                        out.insert(r);
                    }
                }
                out
            }
        })
    }

    /// True when the condition reads an index (cheap), to run it first in an `and`.
    fn indexed(&self, table: TableId, pred: &Pred) -> bool {
        match pred {
            Pred::Field { field, cmp, value } => {
                self.ds.tables[table].indexes[*field].is_some()
                    && index_range(*cmp, value).is_some()
            }
            Pred::In { field, .. } => self.ds.tables[table].indexes[*field].is_some(),
            _ => false,
        }
    }

    fn field(
        &self,
        table: TableId,
        field: usize,
        cmp: Cmp,
        value: &Datum,
        scope: &RecSet,
    ) -> RecSet {
        let data = &self.ds.tables[table];
        let col = &data.columns[field];
        if let (Some(index), Some((low, high))) = (&data.indexes[field], index_range(cmp, value)) {
            let from = match &low {
                Bound::Open => index.lower_bound(|_| std::cmp::Ordering::Greater),
                Bound::Included(p) => index.lower_bound(|r| col.cmp_probe(r, p)),
                Bound::Excluded(p) => index.upper_bound(|r| col.cmp_probe(r, p)),
            };
            let to = match &high {
                Bound::Open => index.upper_bound(|_| std::cmp::Ordering::Less),
                Bound::Included(p) => index.upper_bound(|r| col.cmp_probe(r, p)),
                Bound::Excluded(p) => index.lower_bound(|r| col.cmp_probe(r, p)),
            };
            let mut out = RecSet::new();
            for r in index.range(from, to) {
                // A range with an open low end starts at the nulls: they match nothing.
                if scope.contains(r) && !col.is_null(r) {
                    out.insert(r);
                }
            }
            return out;
        }
        filter(scope, |r| matches_value(col, r, cmp, value))
    }
}

/// The records of `scope` for which `test` holds.
fn filter(scope: &RecSet, mut test: impl FnMut(u32) -> bool) -> RecSet {
    let mut out = RecSet::new();
    for r in scope.iter() {
        if test(r) {
            out.insert(r);
        }
    }
    out
}

enum Bound {
    Open,
    Included(Datum),
    Excluded(Datum),
}

/// The index range a comparison covers, when an index can answer it.
fn index_range(cmp: Cmp, value: &Datum) -> Option<(Bound, Bound)> {
    if value.is_null() {
        return None;
    }
    if let Datum::Text(t) = value {
        // `@` only at the end (and not `@@`) is a prefix range; elsewhere it needs a scan.
        let inner = t.strip_suffix('@').unwrap_or(t);
        if inner.contains('@') && cmp != Cmp::StrictEq {
            return None;
        }
        if cmp == Cmp::StrictEq && t.contains('@') {
            return None;
        }
    }
    let v = || value.clone();
    Some(match cmp {
        Cmp::Eq | Cmp::StrictEq => match value {
            Datum::Real(x) => (
                Bound::Included(Datum::Real(x - DEFAULT_EPSILON)),
                Bound::Included(Datum::Real(x + DEFAULT_EPSILON)),
            ),
            _ => (Bound::Included(v()), Bound::Included(v())),
        },
        // `<=` and `>=` are the order or ε-equality (conv::compare), `<` and `>` exact.
        Cmp::Le => match value {
            Datum::Real(x) => (
                Bound::Open,
                Bound::Included(Datum::Real(x + DEFAULT_EPSILON)),
            ),
            _ => (Bound::Open, Bound::Included(v())),
        },
        Cmp::Ge => match value {
            Datum::Real(x) => (
                Bound::Included(Datum::Real(x - DEFAULT_EPSILON)),
                Bound::Open,
            ),
            _ => (Bound::Included(v()), Bound::Open),
        },
        Cmp::Lt => (Bound::Open, Bound::Excluded(v())),
        Cmp::Gt => (Bound::Excluded(v()), Bound::Open),
        Cmp::Ne | Cmp::StrictNe | Cmp::Keyword => return None,
    })
}

/// One record's field against a value, as 4D's query compares (text with `@` and
/// collation, reals with ε, `%` by keyword).
pub fn matches_value(col: &Column, rec: u32, cmp: Cmp, value: &Datum) -> bool {
    if col.is_null(rec) || value.is_null() {
        let both = col.is_null(rec) && value.is_null();
        return match cmp {
            Cmp::Eq | Cmp::StrictEq => both,
            Cmp::Ne | Cmp::StrictNe => !both,
            _ => false,
        };
    }
    if let (Some(text), Datum::Text(v)) = (col.text_at(rec), value) {
        return match cmp {
            Cmp::Eq => conv::text_eq(text, v),
            Cmp::Ne => !conv::text_eq(text, v),
            Cmp::StrictEq => conv::text_order(text, v).is_eq(),
            Cmp::StrictNe => !conv::text_order(text, v).is_eq(),
            Cmp::Keyword => conv::keyword_match(text, v),
            Cmp::Lt => conv::text_cmp(text, v).is_lt(),
            Cmp::Gt => conv::text_cmp(text, v).is_gt(),
            Cmp::Le => conv::text_cmp(text, v).is_le(),
            Cmp::Ge => conv::text_cmp(text, v).is_ge(),
        };
    }
    if let (Some(x), Datum::Real(y)) = (col.number_at(rec), value)
        && !matches!(col.kind, crate::datastore::structure::FieldType::Date)
    {
        let y = *y;
        return match cmp {
            Cmp::Eq | Cmp::StrictEq => conv::real_eq(x, y, DEFAULT_EPSILON),
            Cmp::Ne | Cmp::StrictNe => !conv::real_eq(x, y, DEFAULT_EPSILON),
            Cmp::Lt => x < y,
            Cmp::Gt => x > y,
            Cmp::Le => conv::real_le(x, y, DEFAULT_EPSILON),
            Cmp::Ge => conv::real_ge(x, y, DEFAULT_EPSILON),
            Cmp::Keyword => false,
        };
    }
    let o = col.cmp_probe(rec, value);
    match cmp {
        Cmp::Eq | Cmp::StrictEq => o.is_eq(),
        Cmp::Ne | Cmp::StrictNe => !o.is_eq(),
        Cmp::Lt => o.is_lt(),
        Cmp::Gt => o.is_gt(),
        Cmp::Le => o.is_le(),
        Cmp::Ge => o.is_ge(),
        Cmp::Keyword => false,
    }
}

/// An object field's value at `path` against a value: any element of a collection step
/// may match; a missing property matches only `= null`.
pub(crate) fn json_matches(json: &Json, path: &[PathStep], cmp: Cmp, value: &Datum) -> bool {
    let Some((step, rest)) = path.split_first() else {
        return json_leaf(json, cmp, value);
    };
    match step {
        PathStep::Key(k) => match json.get(k) {
            Some(v) => json_matches(v, rest, cmp, value),
            None => value.is_null() && matches!(cmp, Cmp::Eq | Cmp::StrictEq),
        },
        PathStep::AnyElement { .. } => match &json.kind {
            JsonKind::Array(items) => items.iter().any(|i| json_matches(i, rest, cmp, value)),
            _ => false,
        },
    }
}

fn json_leaf(json: &Json, cmp: Cmp, value: &Datum) -> bool {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (&json.kind, value) {
        (JsonKind::Null, Datum::Null) => Some(Ordering::Equal),
        (JsonKind::String(s), Datum::Text(v)) => {
            return match cmp {
                Cmp::Eq => conv::text_eq(s, v),
                Cmp::Ne => !conv::text_eq(s, v),
                Cmp::StrictEq => conv::text_order(s, v).is_eq(),
                Cmp::StrictNe => !conv::text_order(s, v).is_eq(),
                Cmp::Keyword => conv::keyword_match(s, v),
                _ => cmp_holds(cmp, conv::text_cmp(s, v)),
            };
        }
        (JsonKind::Number(n), v) => v.as_f64().map(|y| {
            if conv::real_eq(*n, y, DEFAULT_EPSILON) {
                Ordering::Equal
            } else {
                n.total_cmp(&y)
            }
        }),
        (JsonKind::Bool(b), Datum::Bool(v)) => Some(b.cmp(v)),
        (JsonKind::String(s), Datum::Date(d)) => Some(crate::conv::Date4D::from_text(s).cmp(d)),
        _ => None,
    };
    match ord {
        Some(o) => cmp_holds(cmp, o),
        None => matches!(cmp, Cmp::Ne | Cmp::StrictNe),
    }
}

fn cmp_holds(cmp: Cmp, o: std::cmp::Ordering) -> bool {
    match cmp {
        Cmp::Eq | Cmp::StrictEq => o.is_eq(),
        Cmp::Ne | Cmp::StrictNe => !o.is_eq(),
        Cmp::Lt => o.is_lt(),
        Cmp::Gt => o.is_gt(),
        Cmp::Le => o.is_le(),
        Cmp::Ge => o.is_ge(),
        Cmp::Keyword => false,
    }
}
