//! One table's records: a column per field, the set of live record numbers, the free
//! numbers of deleted records (reused, as 4D does: `Develop-legacy/records.md`, "Record
//! numbers"), a stamp per record for ORDA's optimistic locking, the indexes, and the
//! table's sequence counter. Writes here are unchecked: the writer checks first.

use super::bitset::RecSet;
use super::column::Column;
use super::index::SortedIndex;
use crate::datastore::datum::Datum;
use crate::datastore::structure::Table;

/// The stored data of one table.
#[derive(Debug, Clone)]
pub struct TableData {
    pub columns: Vec<Column>,
    /// Live record numbers.
    pub alive: RecSet,
    /// One past the highest record number ever used.
    pub capacity: u32,
    /// Numbers of deleted records, reused smallest first.
    free: std::collections::BTreeSet<u32>,
    /// Numbers handed out but not yet live (a record saved inside a transaction keeps its
    /// number reserved until the transaction ends).
    reserved: RecSet,
    live: usize,
    /// The ORDA stamp of each record number: 1 after the first save, +1 per save.
    pub stamps: Vec<u32>,
    /// The index of each field, where the structure asks for one (or a unique field needs
    /// one to check duplicates).
    pub indexes: Vec<Option<SortedIndex>>,
    /// The next `Sequence number` (starts at 1).
    pub next_sequence: i64,
}

impl TableData {
    /// An empty table for a structure table.
    pub fn new(table: &Table) -> TableData {
        TableData {
            columns: table.fields.iter().map(|f| Column::new(f.kind)).collect(),
            alive: RecSet::new(),
            capacity: 0,
            free: Default::default(),
            reserved: RecSet::new(),
            live: 0,
            stamps: Vec::new(),
            indexes: table
                .fields
                .iter()
                .map(|f| {
                    (f.kind.is_indexable() && (f.index.is_some() || f.unique))
                        .then(SortedIndex::new)
                })
                .collect(),
            next_sequence: 1,
        }
    }

    /// `Records in table`.
    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn is_alive(&self, rec: u32) -> bool {
        self.alive.contains(rec)
    }

    /// A record number for a new record: the smallest freed one, else the next one.
    pub fn allocate(&mut self) -> u32 {
        let rec = match self.free.pop_first() {
            Some(r) => r,
            None => {
                self.capacity += 1;
                self.capacity - 1
            }
        };
        self.reserved.insert(rec);
        for c in &mut self.columns {
            c.ensure(rec);
        }
        if self.stamps.len() <= rec as usize {
            self.stamps.resize(rec as usize + 1, 0);
        }
        rec
    }

    /// Takes a freed number back for a record being restored (a cancelled deletion).
    pub fn revive(&mut self, rec: u32) {
        self.free.remove(&rec);
        self.reserved.insert(rec);
    }

    /// Gives back a number [`allocate`](Self::allocate)d but never made live.
    pub fn release(&mut self, rec: u32) {
        if self.reserved.contains(rec) && !self.alive.contains(rec) {
            self.reserved.remove(rec);
            self.free.insert(rec);
        }
    }

    /// The value of a field of a record.
    pub fn get(&self, rec: u32, field: usize) -> Datum {
        self.columns[field].get(rec)
    }

    /// All values of a record, in field order.
    pub fn row(&self, rec: u32) -> Vec<Datum> {
        self.columns.iter().map(|c| c.get(rec)).collect()
    }

    /// Writes a whole record (values already fitted and checked), updating the indexes,
    /// and makes it live. `stamp` is the record's new stamp.
    pub fn write(&mut self, rec: u32, values: &[Datum], stamp: u32) {
        let was_alive = self.alive.contains(rec);
        for (f, value) in values.iter().enumerate() {
            let changed = !was_alive || self.columns[f].get(rec) != *value;
            if !changed {
                continue;
            }
            if was_alive {
                self.unindex(rec, f);
            }
            self.columns[f].set(rec, value);
            self.index(rec, f);
        }
        if !was_alive {
            self.alive.insert(rec);
            self.reserved.remove(rec);
            self.live += 1;
        }
        self.stamps[rec as usize] = stamp;
    }

    /// Removes a live record but keeps its number reserved (a deletion inside a transaction:
    /// the number must stay free for the record if the transaction is cancelled).
    pub fn erase_reserved(&mut self, rec: u32) {
        if self.alive.contains(rec) {
            self.erase(rec);
            self.free.remove(&rec);
            self.reserved.insert(rec);
        }
    }

    /// Removes a live record: out of the indexes, memory cleared, number freed.
    pub fn erase(&mut self, rec: u32) {
        if !self.alive.contains(rec) {
            return;
        }
        for f in 0..self.columns.len() {
            self.unindex(rec, f);
            self.columns[f].clear(rec);
        }
        self.alive.remove(rec);
        self.live -= 1;
        self.stamps[rec as usize] = 0;
        self.free.insert(rec);
    }

    fn index(&mut self, rec: u32, f: usize) {
        if let Some(idx) = &mut self.indexes[f] {
            let col = &self.columns[f];
            idx.insert(rec, |a, b| col.cmp_recs(a, b));
        }
    }

    fn unindex(&mut self, rec: u32, f: usize) {
        if let Some(idx) = &mut self.indexes[f] {
            let col = &self.columns[f];
            idx.remove(rec, |a, b| col.cmp_recs(a, b));
        }
    }

    /// Live records whose field `f` equals `value` by the index order (an indexed field),
    /// other than `except`: the duplicate check of a unique field.
    pub fn find_equal(&self, f: usize, value: &Datum, except: Option<u32>) -> Option<u32> {
        let col = &self.columns[f];
        match &self.indexes[f] {
            Some(idx) => {
                let key = |r: u32| order_probe(col, r, value);
                let (from, to) = (idx.lower_bound(key), idx.upper_bound(key));
                idx.range(from, to).find(|&r| Some(r) != except)
            }
            None => self
                .alive
                .iter()
                .find(|&r| Some(r) != except && order_probe(col, r, value).is_eq()),
        }
    }

    /// Bytes of memory held, roughly.
    pub fn heap_bytes(&self) -> usize {
        self.columns.iter().map(Column::heap_bytes).sum::<usize>()
            + self
                .indexes
                .iter()
                .flatten()
                .map(SortedIndex::heap_bytes)
                .sum::<usize>()
            + self.stamps.capacity() * 4
            + self.capacity as usize / 4
    }
}

/// How a stored value orders against a value of the same type, by the index order (text
/// by collation without wildcards, so a unique text field refuses `"abc"` beside `"ABC"`).
fn order_probe(col: &super::column::Column, rec: u32, value: &Datum) -> std::cmp::Ordering {
    crate::datastore::datum::order(&col.get(rec), value)
}
