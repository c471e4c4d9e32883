//! Record locks, per process (`Develop-legacy/records.md`, "Record locking"): a record
//! loaded read/write by a process is locked for every other process until it is unloaded;
//! a record created, modified or deleted inside a transaction stays locked for the others
//! until the transaction ends, even after the process unloads it.

use super::structure::TableId;
use std::collections::HashMap;

/// A process number, as `Current process` gives it.
pub type ProcessId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Holder {
    process: ProcessId,
    /// Held because the process loaded the record read/write.
    loaded: bool,
    /// Held because the process's open transaction touched the record.
    in_transaction: bool,
}

/// Who holds which record.
#[derive(Debug, Clone, Default)]
pub struct Locks {
    held: HashMap<(TableId, u32), Holder>,
}

impl Locks {
    /// The process holding the record, if any (`LOCKED BY`).
    pub fn holder(&self, table: TableId, rec: u32) -> Option<ProcessId> {
        self.held.get(&(table, rec)).map(|h| h.process)
    }

    /// True when a process other than `process` holds the record (`Locked`).
    pub fn locked_for(&self, process: ProcessId, table: TableId, rec: u32) -> bool {
        self.holder(table, rec).is_some_and(|p| p != process)
    }

    /// Takes the record for `process` (loading it read/write); `Err(holder)` when another
    /// process has it.
    pub fn lock(&mut self, process: ProcessId, table: TableId, rec: u32) -> Result<(), ProcessId> {
        let h = self.held.entry((table, rec)).or_insert(Holder {
            process,
            loaded: false,
            in_transaction: false,
        });
        if h.process != process {
            return Err(h.process);
        }
        h.loaded = true;
        Ok(())
    }

    /// Lets the record go (`UNLOAD RECORD`, a new current record); a record touched by an
    /// open transaction stays held until the transaction ends.
    pub fn unlock(&mut self, process: ProcessId, table: TableId, rec: u32) {
        if let Some(h) = self.held.get_mut(&(table, rec))
            && h.process == process
        {
            h.loaded = false;
            if !h.in_transaction {
                self.held.remove(&(table, rec));
            }
        }
    }

    /// Marks the record as touched by `process`'s transaction (the caller checked that no
    /// other process holds it).
    pub fn hold_for_transaction(&mut self, process: ProcessId, table: TableId, rec: u32) {
        self.held
            .entry((table, rec))
            .and_modify(|h| h.in_transaction = true)
            .or_insert(Holder {
                process,
                loaded: false,
                in_transaction: true,
            });
    }

    /// The transaction of `process` ended: its records are free unless still loaded.
    pub fn end_transaction(&mut self, process: ProcessId) {
        self.held.retain(|_, h| {
            if h.process == process {
                h.in_transaction = false;
                h.loaded
            } else {
                true
            }
        });
    }

    /// Drops every lock of a process (the process ended).
    pub fn release_all(&mut self, process: ProcessId) {
        self.held.retain(|_, h| h.process != process);
    }

    /// Forgets the locks of a deleted record.
    pub fn forget(&mut self, table: TableId, rec: u32) {
        self.held.remove(&(table, rec));
    }

    /// The records `process` sees locked by others in a list (for `LockedSet`).
    pub fn locked_among(&self, process: ProcessId, table: TableId, recs: &[u32]) -> Vec<u32> {
        recs.iter()
            .copied()
            .filter(|&r| self.locked_for(process, table, r))
            .collect()
    }
}
