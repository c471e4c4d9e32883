//! `ORDER BY` and ORDA's `orderBy()`: sorting a selection on one or more fields, ascending
//! or descending, text by 4D's collation, stable (records with equal keys keep their
//! order). A key may be a field of a related One table (`commands-legacy/order-by.md`).
//!
//! Each key becomes a rank per record first (from the index when the field has one, else
//! from one sort of the values), so the final sort compares integers only.

use super::datum::{Datum, hash_key, order};
use super::error::DbResult;
use super::query::OrderKey;
use super::store::Datastore;
use super::structure::TableId;
use std::cmp::Ordering;
use std::collections::HashMap;

impl Datastore {
    /// Sorts `records` of `table` by `keys` (first key first), stably.
    pub fn order_records(
        &self,
        table: TableId,
        records: &mut [u32],
        keys: &[OrderKey],
    ) -> DbResult<()> {
        if keys.is_empty() || records.len() < 2 {
            return Ok(());
        }
        let ranks: Vec<Vec<u32>> = keys.iter().map(|k| self.ranks(table, records, k)).collect();
        let mut positions: Vec<u32> = (0..records.len() as u32).collect();
        positions.sort_by(|&a, &b| {
            for (k, r) in keys.iter().zip(&ranks) {
                let o = r[a as usize].cmp(&r[b as usize]);
                let o = if k.descending { o.reverse() } else { o };
                if o != Ordering::Equal {
                    return o;
                }
            }
            Ordering::Equal
        });
        let sorted: Vec<u32> = positions.iter().map(|&p| records[p as usize]).collect();
        records.copy_from_slice(&sorted);
        Ok(())
    }

    /// A dense rank per position of `records` for one key: equal values, equal ranks.
    fn ranks(&self, table: TableId, records: &[u32], key: &OrderKey) -> Vec<u32> {
        // Follow the relations to the record holding the key's field.
        let mut at_table = table;
        let mut targets: Vec<Option<u32>> = records.iter().map(|&r| Some(r)).collect();
        for link in &key.path {
            let structure = self.structure().clone();
            let (_, here, other, there) = link.ends(&structure);
            let mut by_key: HashMap<_, u32> = HashMap::new();
            for r in self.tables[other].alive.iter() {
                if let Some(k) = hash_key(&self.tables[other].get(r, there)) {
                    by_key.entry(k).or_insert(r);
                }
            }
            for t in &mut targets {
                *t = t
                    .and_then(|r| hash_key(&self.tables[at_table].get(r, here)))
                    .and_then(|k| by_key.get(&k).copied());
            }
            at_table = other;
        }
        let data = &self.tables[at_table];
        let col = &data.columns[key.field];
        // Direct field with an index, and a large selection: ranks from the index order.
        if key.path.is_empty()
            && let Some(index) = &data.indexes[key.field]
            && records.len() * 8 > index.len()
        {
            let mut rank_of = vec![0u32; data.capacity as usize];
            let mut rank = 0u32;
            let mut prev: Option<u32> = None;
            for r in index.iter() {
                if let Some(p) = prev
                    && col.cmp_values(p, r) != Ordering::Equal
                {
                    rank += 1;
                }
                rank_of[r as usize] = rank + 1;
                prev = Some(r);
            }
            return records
                .iter()
                .map(|&r| rank_of.get(r as usize).copied().unwrap_or(0))
                .collect();
        }
        let values: Vec<Datum> = targets
            .iter()
            .map(|t| t.map_or(Datum::Null, |r| data.get(r, key.field)))
            .collect();
        let mut idx: Vec<u32> = (0..values.len() as u32).collect();
        idx.sort_by(|&a, &b| order(&values[a as usize], &values[b as usize]));
        let mut ranks = vec![0u32; values.len()];
        let mut rank = 0;
        for (i, &p) in idx.iter().enumerate() {
            if i > 0 && order(&values[idx[i - 1] as usize], &values[p as usize]) != Ordering::Equal
            {
                rank += 1;
            }
            ranks[p as usize] = rank;
        }
        ranks
    }
}
