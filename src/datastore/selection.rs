//! What the commands need of a selection (a list of record numbers): `Sum`, `Average`,
//! `Min`, `Max`, `DISTINCT VALUES`, `SELECTION TO ARRAY`, and sets from selections. 4D
//! computes these on the current selection; null values are left out of the statistics.

use super::datum::{Datum, order};
use super::error::DbResult;
use super::storage::bitset::RecSet;
use super::store::Datastore;
use super::structure::{FieldId, TableId};
use std::cmp::Ordering;

impl Datastore {
    /// `Sum(field)` over `records` (`commands-legacy/sum.md`): 0 for none.
    pub fn sum(&self, table: TableId, field: FieldId, records: &[u32]) -> f64 {
        let col = &self.tables[table].columns[field];
        records
            .iter()
            .filter(|&&r| self.exists(table, r))
            .filter_map(|&r| col.number_at(r))
            .sum()
    }

    /// `Average(field)`: 0 for an empty selection (`commands-legacy/average.md`).
    pub fn average(&self, table: TableId, field: FieldId, records: &[u32]) -> f64 {
        let col = &self.tables[table].columns[field];
        let (sum, n) = records
            .iter()
            .filter(|&&r| self.exists(table, r))
            .filter_map(|&r| col.number_at(r))
            .fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
        if n == 0 { 0.0 } else { sum / n as f64 }
    }

    /// `Min(field)`: the smallest value (text and dates too), `None` for an empty selection.
    pub fn min(&self, table: TableId, field: FieldId, records: &[u32]) -> Option<Datum> {
        self.extreme(table, field, records, Ordering::Less)
    }

    /// `Max(field)`.
    pub fn max(&self, table: TableId, field: FieldId, records: &[u32]) -> Option<Datum> {
        self.extreme(table, field, records, Ordering::Greater)
    }

    fn extreme(
        &self,
        table: TableId,
        field: FieldId,
        records: &[u32],
        want: Ordering,
    ) -> Option<Datum> {
        let col = &self.tables[table].columns[field];
        let mut best: Option<u32> = None;
        for &r in records {
            if col.is_null(r) || !self.exists(table, r) {
                continue;
            }
            best = match best {
                Some(b) if col.cmp_values(r, b) != want => Some(b),
                _ => Some(r),
            };
        }
        best.map(|r| col.get(r))
    }

    /// `DISTINCT VALUES`: the different values of `records`, sorted; texts that 4D
    /// compares as equal (case, accents) count once.
    pub fn distinct_values(&self, table: TableId, field: FieldId, records: &[u32]) -> Vec<Datum> {
        let col = &self.tables[table].columns[field];
        let mut recs: Vec<u32> = records
            .iter()
            .copied()
            .filter(|&r| !col.is_null(r))
            .collect();
        recs.sort_by(|&a, &b| col.cmp_recs(a, b));
        recs.dedup_by(|a, b| col.cmp_values(*a, *b) == Ordering::Equal);
        recs.into_iter().map(|r| col.get(r)).collect()
    }

    /// `SELECTION TO ARRAY` for one field: its values in selection order.
    pub fn column_values(
        &self,
        table: TableId,
        field: FieldId,
        records: &[u32],
    ) -> DbResult<Vec<Datum>> {
        records
            .iter()
            .map(|&r| self.value(table, r, field))
            .collect()
    }

    /// `CREATE SET` from a selection.
    pub fn set_of(&self, records: &[u32]) -> RecSet {
        RecSet::from_recs(records.iter().copied())
    }

    /// `USE SET`: a set's live records as a selection (record-number order).
    pub fn selection_of(&self, table: TableId, set: &RecSet) -> Vec<u32> {
        let mut s = set.clone();
        s.intersect_with(&self.tables[table].alive);
        s.to_vec()
    }

    /// The distinct values ordered as sorts order them (for `.distinct()`).
    pub fn sort_values(values: &mut [Datum]) {
        values.sort_by(order);
    }
}

impl Datastore {
    /// The records `link` reaches from record `rec` of the link's start table: the One
    /// record (`RELATE ONE`, `entity.manager`) or the Many records (`RELATE MANY`,
    /// `company.staff`), in record-number order.
    pub fn related(&self, link: super::structure::Link, rec: u32) -> Vec<u32> {
        let structure = self.structure().clone();
        let (from, here, to, there) = link.ends(&structure);
        if !self.tables[from].is_alive(rec) {
            return Vec::new();
        }
        let key = self.tables[from].get(rec, here);
        self.records_with(to, there, &key)
    }

    /// The records of `table` whose `field` holds `key` (as a relation compares keys), in
    /// record-number order: what `RELATE ONE` and `RELATE MANY` select from the value of
    /// the current record, which may not be saved yet. A null key relates to nothing.
    pub fn records_with(&self, table: TableId, field: FieldId, key: &Datum) -> Vec<u32> {
        let structure = self.structure().clone();
        let Some(probe) = super::datum::hash_key(key) else {
            return Vec::new();
        };
        let target = &self.tables[table];
        if target.indexes[field].is_some() {
            let kind = structure.tables[table].fields[field].kind;
            if let Some(v) = super::datum::to_query_value(kind, key) {
                let pred = super::query::Pred::Field {
                    field,
                    cmp: super::query::Cmp::Eq,
                    value: v,
                };
                let mut none = |_: usize, _: TableId, _: u32| Ok(false);
                if let Ok(found) =
                    super::query::exec::eval(self, table, &pred, &target.alive, &mut none)
                {
                    return found.to_vec();
                }
            }
        }
        target
            .alive
            .iter()
            .filter(|&r| super::datum::hash_key(&target.get(r, field)).as_ref() == Some(&probe))
            .collect()
    }

    /// The records related through `link` to any record of `records`, without repeats
    /// (an entity selection's relation attribute, `employees.employer`).
    pub fn related_selection(&self, link: super::structure::Link, records: &[u32]) -> Vec<u32> {
        let mut out = RecSet::new();
        for &r in records {
            for x in self.related(link, r) {
                out.insert(x);
            }
        }
        out.to_vec()
    }
}
