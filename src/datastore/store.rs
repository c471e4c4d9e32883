//! [`Datastore`]: the structure, the tables' data, the record locks and each process's
//! transactions. The interpreter drives it with thin calls, one per 4D command or ORDA
//! function; every call that can fail returns a [`DbError`] and changes nothing.
//!
//! Transactions (`Develop-legacy/transactions.md`): writes go straight to the tables and
//! are logged per transaction level, so a process sees its own changes at once and its
//! queries use the indexes; `CANCEL TRANSACTION` replays the log backwards (records,
//! deletions and indexes come back exactly as they were; sequence numbers are not given
//! back, as the docs say: "the number is not decremented if the transaction is canceled").
//! A record the transaction touched stays locked for other processes until the
//! transaction ends, and other processes read and query its committed state
//! (`isolation.rs`): the `*_for(process, …)` reads are the ones commands use; `read`,
//! `value` and `all_records` give the current state.

use super::datum::Datum;
use super::error::{DbError, DbResult, ERR_NO_TRANSACTION, ERR_RECORD_OUT_OF_RANGE};
use super::lock::{Locks, ProcessId};
use super::storage::table::TableData;
use super::structure::{FieldId, Structure, TableId};
use std::collections::HashMap;
use std::sync::Arc;

/// What a transaction must undo.
#[derive(Debug, Clone)]
pub(crate) enum Undo {
    /// A record created: erase it.
    Created { table: TableId, rec: u32 },
    /// A record modified: write its old values and stamp back.
    Modified {
        table: TableId,
        rec: u32,
        old: Vec<Datum>,
        stamp: u32,
    },
    /// A record deleted: bring it back under the same number.
    Deleted {
        table: TableId,
        rec: u32,
        old: Vec<Datum>,
        stamp: u32,
    },
}

/// A record an open transaction touched: whose transaction, at which level it was first
/// touched, and its committed values and stamp (`None`: created by the transaction).
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub owner: ProcessId,
    pub level: usize,
    pub committed: Option<(Vec<Datum>, u32)>,
}

/// The whole database of a run.
#[derive(Debug, Clone)]
pub struct Datastore {
    structure: Arc<Structure>,
    pub(crate) tables: Vec<TableData>,
    pub(crate) locks: Locks,
    /// Each process's open transaction levels, innermost last.
    pub(crate) transactions: HashMap<ProcessId, Vec<Vec<Undo>>>,
    /// Records touched by open transactions, with their committed state, so that other
    /// processes read and query what was last validated (see `isolation.rs`).
    pub(crate) pending: HashMap<(TableId, u32), Pending>,
    /// Draws `Auto UUID` values.
    pub(crate) uuid_state: u64,
}

impl Datastore {
    /// An empty datastore for a structure (as `tool4d --dataless` or a new data file).
    pub fn new(structure: Structure) -> Datastore {
        let tables = structure.tables.iter().map(TableData::new).collect();
        Datastore {
            structure: Arc::new(structure),
            tables,
            locks: Locks::default(),
            transactions: HashMap::new(),
            pending: HashMap::new(),
            uuid_state: 0x9E37_79B9_7F4A_7C15,
        }
    }

    /// The structure, shared (the interpreter keeps a handle for `Table name`, `Field`…).
    pub fn structure(&self) -> &Arc<Structure> {
        &self.structure
    }

    /// Seeds the `Auto UUID` generator (tests and reproducible runs).
    pub fn seed_uuids(&mut self, seed: u64) {
        self.uuid_state = seed.max(1);
    }

    /// `Records in table`.
    pub fn records_in_table(&self, table: TableId) -> usize {
        self.tables[table].len()
    }

    /// True when `rec` is a live record of `table`.
    pub fn exists(&self, table: TableId, rec: u32) -> bool {
        self.tables[table].is_alive(rec)
    }

    /// `ALL RECORDS`: every live record number, ascending (ORDA `.all()`: creation order
    /// until numbers are reused, as `docs/API/DataClassClass.md` warns).
    pub fn all_records(&self, table: TableId) -> Vec<u32> {
        self.tables[table].alive.to_vec()
    }

    /// A copy of a record's values, in field order (`LOAD RECORD`, `ds.T.get()`).
    pub fn read(&self, table: TableId, rec: u32) -> DbResult<Vec<Datum>> {
        self.check_alive(table, rec)?;
        Ok(self.tables[table].row(rec))
    }

    /// One field of a record (no copy of the rest).
    pub fn value(&self, table: TableId, rec: u32, field: FieldId) -> DbResult<Datum> {
        self.check_alive(table, rec)?;
        Ok(self.tables[table].get(rec, field))
    }

    /// The record's ORDA stamp (`__STAMP`): 1 after its first save, +1 per save.
    pub fn stamp(&self, table: TableId, rec: u32) -> DbResult<u32> {
        self.check_alive(table, rec)?;
        Ok(self.tables[table].stamps[rec as usize])
    }

    /// The values of a new record (`CREATE RECORD`, `ds.T.new()`): blank values, and null
    /// for the fields that do not map nulls to blanks.
    pub fn blank_record(&self, table: TableId) -> Vec<Datum> {
        self.structure.tables[table]
            .fields
            .iter()
            .map(|f| {
                if f.never_null {
                    Datum::blank(f.kind)
                } else {
                    Datum::Null
                }
            })
            .collect()
    }

    /// The record whose primary key equals `key` (`ds.T.get(key)`), if any.
    pub fn find_by_key(&self, table: TableId, key: &Datum) -> Option<u32> {
        let pk = self.structure.tables[table].primary_key?;
        let kind = self.structure.tables[table].fields[pk].kind;
        let key = super::datum::to_query_value(kind, key)?;
        let key = super::datum::fit(&self.structure.tables[table].fields[pk], key).ok()?;
        self.tables[table].find_equal(pk, &key, None)
    }

    /// `Sequence number`: the table's next number, consumed (`commands-legacy/sequence-number.md`).
    pub fn sequence_number(&mut self, table: TableId) -> i64 {
        let t = &mut self.tables[table];
        let n = t.next_sequence;
        t.next_sequence += 1;
        n
    }

    /// `SET DATABASE PARAMETER(Table sequence number)`: the next number will be `next`.
    pub fn set_sequence(&mut self, table: TableId, next: i64) {
        self.tables[table].next_sequence = next;
    }

    pub(crate) fn check_alive(&self, table: TableId, rec: u32) -> DbResult<()> {
        if self.tables.get(table).is_some_and(|t| t.is_alive(rec)) {
            Ok(())
        } else {
            Err(DbError::new(
                ERR_RECORD_OUT_OF_RANGE,
                format!("record #{rec} does not exist in this table"),
            ))
        }
    }

    // ---- locks -------------------------------------------------------------------------

    /// Loads a record read/write for `process`: `Err(holder)` when another process holds
    /// it (the record is then loaded locked; `Locked` returns True).
    pub fn lock(&mut self, process: ProcessId, table: TableId, rec: u32) -> Result<(), ProcessId> {
        self.locks.lock(process, table, rec)
    }

    /// `UNLOAD RECORD` or a change of current record.
    pub fn unlock(&mut self, process: ProcessId, table: TableId, rec: u32) {
        self.locks.unlock(process, table, rec);
    }

    /// `LOCKED BY`: the holding process, if any.
    pub fn locked_by(&self, table: TableId, rec: u32) -> Option<ProcessId> {
        self.locks.holder(table, rec)
    }

    /// `Locked` for `process`: another process holds the record.
    pub fn is_locked_for(&self, process: ProcessId, table: TableId, rec: u32) -> bool {
        self.locks.locked_for(process, table, rec)
    }

    /// The records of `recs` locked for `process` (`LockedSet` after `DELETE SELECTION`…).
    pub fn locked_among(&self, process: ProcessId, table: TableId, recs: &[u32]) -> Vec<u32> {
        self.locks.locked_among(process, table, recs)
    }

    /// A process ended: its open transactions are cancelled and its locks dropped.
    pub fn end_process(&mut self, process: ProcessId) {
        while self.transaction_level(process) > 0 {
            let _ = self.cancel_transaction(process);
        }
        self.locks.release_all(process);
    }

    // ---- transactions --------------------------------------------------------------------

    /// `START TRANSACTION` / `ds.startTransaction()`: opens a (nested) level.
    pub fn start_transaction(&mut self, process: ProcessId) {
        self.transactions
            .entry(process)
            .or_default()
            .push(Vec::new());
    }

    /// `Transaction level`: 0 outside a transaction.
    pub fn transaction_level(&self, process: ProcessId) -> usize {
        self.transactions.get(&process).map_or(0, Vec::len)
    }

    /// `In transaction`.
    pub fn in_transaction(&self, process: ProcessId) -> bool {
        self.transaction_level(process) > 0
    }

    /// `VALIDATE TRANSACTION`: the innermost level's changes become the enclosing level's
    /// (they still go if that one is cancelled), or permanent at the outermost level.
    pub fn validate_transaction(&mut self, process: ProcessId) -> DbResult<()> {
        let levels = self
            .transactions
            .get_mut(&process)
            .filter(|l| !l.is_empty());
        let Some(levels) = levels else {
            return Err(no_transaction());
        };
        let level = levels.len();
        let log = levels.pop().unwrap_or_default();
        match levels.last_mut() {
            Some(parent) => {
                parent.extend(log);
                for p in self.pending.values_mut() {
                    if p.owner == process && p.level == level {
                        p.level = level - 1;
                    }
                }
            }
            None => {
                self.transactions.remove(&process);
                self.locks.end_transaction(process);
                self.pending.retain(|_, p| p.owner != process);
                // Numbers of records deleted by the transaction are free from now on.
                for undo in log {
                    if let Undo::Deleted { table, rec, .. } = undo {
                        self.tables[table].release(rec);
                    }
                }
            }
        }
        Ok(())
    }

    /// `CANCEL TRANSACTION`: undoes the innermost level's changes, newest first.
    pub fn cancel_transaction(&mut self, process: ProcessId) -> DbResult<()> {
        let levels = self
            .transactions
            .get_mut(&process)
            .filter(|l| !l.is_empty());
        let Some(levels) = levels else {
            return Err(no_transaction());
        };
        let level = levels.len();
        let log = levels.pop().unwrap_or_default();
        if levels.is_empty() {
            self.transactions.remove(&process);
        }
        self.pending
            .retain(|_, p| !(p.owner == process && p.level == level));
        for undo in log.into_iter().rev() {
            match undo {
                Undo::Created { table, rec } => {
                    self.tables[table].erase(rec);
                    self.locks.forget(table, rec);
                }
                Undo::Modified {
                    table,
                    rec,
                    old,
                    stamp,
                } => self.tables[table].write(rec, &old, stamp),
                Undo::Deleted {
                    table,
                    rec,
                    old,
                    stamp,
                } => {
                    self.tables[table].revive(rec);
                    self.tables[table].write(rec, &old, stamp);
                }
            }
        }
        if self.transaction_level(process) == 0 {
            self.locks.end_transaction(process);
        }
        Ok(())
    }

    /// Logs a change for `process`'s open transaction, if any, and holds the record.
    pub(crate) fn log(&mut self, process: ProcessId, undo: Undo) {
        let (table, rec) = match &undo {
            Undo::Created { table, rec }
            | Undo::Modified { table, rec, .. }
            | Undo::Deleted { table, rec, .. } => (*table, *rec),
        };
        let Some(levels) = self.transactions.get_mut(&process) else {
            return;
        };
        let depth = levels.len();
        let Some(level) = levels.last_mut() else {
            return;
        };
        let committed = match &undo {
            Undo::Created { .. } => None,
            Undo::Modified { old, stamp, .. } | Undo::Deleted { old, stamp, .. } => {
                Some((old.clone(), *stamp))
            }
        };
        level.push(undo);
        self.locks.hold_for_transaction(process, table, rec);
        self.pending.entry((table, rec)).or_insert(Pending {
            owner: process,
            level: depth,
            committed,
        });
    }

    /// Bytes of memory held by the data and indexes, roughly.
    pub fn heap_bytes(&self) -> usize {
        self.tables.iter().map(TableData::heap_bytes).sum()
    }
}

fn no_transaction() -> DbError {
    DbError::new(ERR_NO_TRANSACTION, "there is no transaction to end")
}

#[cfg(test)]
impl Datastore {
    /// A copy to compare with after an operation that must change nothing.
    pub(crate) fn clone_for_test(&self) -> Datastore {
        self.clone()
    }

    /// Same records, values, stamps and indexes (sequence counters, locks and open
    /// transactions aside).
    pub(crate) fn same_as(&self, other: &Datastore) -> bool {
        self.tables.iter().zip(&other.tables).all(|(a, b)| {
            a.alive == b.alive
                && a.alive
                    .iter()
                    .all(|r| a.row(r) == b.row(r) && a.stamps[r as usize] == b.stamps[r as usize])
                && a.indexes.iter().zip(&b.indexes).all(|(x, y)| match (x, y) {
                    (Some(x), Some(y)) => x.iter().eq(y.iter()),
                    (None, None) => true,
                    _ => false,
                })
        })
    }
}
