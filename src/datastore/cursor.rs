//! The classic language's view of the data, per process (`Develop-legacy/current-selection.md`:
//! "Every table and every process has its own current selection of records"): for each table
//! a current selection, a position in it, the current record (a copy being edited), the
//! read-only/read-write state, plus the process's sets and named selections.
//!
//! A [`Database`] holds the run's [`Datastore`] and these states, keyed by process number,
//! so that the commands are thin: they resolve their arguments and call one method here.

use super::datum::Datum;
use super::error::{DbError, DbResult, ERR_LOCKED};
use super::lock::ProcessId;
use super::storage::bitset::RecSet;
use super::store::Datastore;
use super::structure::{FieldId, TableId};
use std::collections::HashMap;

/// The record a process works on for a table: a copy of its values, edited in place by
/// field assignments, written back by `SAVE RECORD`.
#[derive(Debug, Clone)]
pub struct CurrentRecord {
    /// `None`: a new record (`CREATE RECORD`) not saved yet.
    pub rec: Option<u32>,
    pub values: Vec<Datum>,
    /// The values as loaded (`Old`, `Modified record`).
    pub original: Vec<Datum>,
    /// Loaded locked: read-only table, or another process holds it (`Locked`).
    pub locked: bool,
}

impl CurrentRecord {
    /// `Modified record`: a new record, or a field changed since it was loaded.
    pub fn modified(&self) -> bool {
        self.rec.is_none() || self.values != self.original
    }
}

/// One table's state in one process.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    pub selection: Vec<u32>,
    /// Index in `selection` of the current record: -1 before the selection, `len` past it.
    pub position: i64,
    pub record: Option<CurrentRecord>,
    pub read_only: bool,
    /// The criteria of a multiple `QUERY` being built (calls ending with `*`).
    pub pending_query: Vec<super::query::classic::Criterion>,
    /// The levels of a multiple `ORDER BY` being built.
    pub pending_order: Vec<super::query::OrderKey>,
    /// The record stack (`PUSH RECORD`/`POP RECORD`): copies of current records, newest
    /// last; a pushed record stays locked for the others until it is popped and unloaded.
    pub stack: Vec<CurrentRecord>,
}

impl Cursor {
    /// `Selected record number`: 1-based, 0 when no record of the selection is current.
    pub fn selected_number(&self) -> i64 {
        if self.position >= 0 && (self.position as usize) < self.selection.len() {
            self.position + 1
        } else {
            0
        }
    }
}

/// A process's classic state: one cursor per table, its sets and named selections.
#[derive(Debug, Clone, Default)]
pub struct ProcessData {
    pub cursors: Vec<Cursor>,
    /// Sets by name: the table they belong to and the record numbers.
    pub sets: HashMap<String, (TableId, RecSet)>,
    /// Named selections: table, records in order, and the current position.
    pub named: HashMap<String, (TableId, Vec<u32>, i64)>,
    /// `DEFAULT TABLE`.
    pub default_table: Option<TableId>,
    /// Where queries put what they find (`SET QUERY DESTINATION`).
    pub query_destination: QueryDestination,
    /// `SET QUERY LIMIT`: queries stop after this many records (0: no limit).
    pub query_limit: usize,
    /// `SET AUTOMATIC RELATIONS(one; many)`: manual relations act as automatic ones.
    pub automatic_relations: (bool, bool),
    /// The columns of an `ARRAY TO SELECTION` being built (calls ending with `*`).
    pub pending_arrays: Vec<(TableId, FieldId, Vec<Datum>)>,
}

/// Where a query's result goes (`commands-legacy/set-query-destination.md`).
#[derive(Clone, Default)]
pub enum QueryDestination {
    /// The table's current selection (the first record becomes current).
    #[default]
    Selection,
    /// A set of that name; the selection and current record stay.
    Set(String),
    /// A named selection of that name (kept as `CUT NAMED SELECTION` keeps one).
    Named(String),
    /// The number of records found, into a variable the language layer designates (an
    /// opaque handle: the datastore does not know the language's variables).
    Variable(std::rc::Rc<dyn std::any::Any>),
}

impl std::fmt::Debug for QueryDestination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueryDestination::Selection => write!(f, "Selection"),
            QueryDestination::Set(n) => write!(f, "Set({n:?})"),
            QueryDestination::Named(n) => write!(f, "Named({n:?})"),
            QueryDestination::Variable(_) => write!(f, "Variable"),
        }
    }
}

/// The run's datastore and every process's classic state.
#[derive(Debug, Clone)]
pub struct Database {
    pub store: Datastore,
    processes: HashMap<ProcessId, ProcessData>,
    /// Interprocess sets (`<>name`), shared by every process.
    pub shared_sets: HashMap<String, (TableId, RecSet)>,
}

impl Database {
    pub fn new(store: Datastore) -> Database {
        Database {
            store,
            processes: HashMap::new(),
            shared_sets: HashMap::new(),
        }
    }

    /// The process's state, made on first use.
    pub fn process(&mut self, p: ProcessId) -> &mut ProcessData {
        let tables = self.store.structure().tables.len();
        let data = self.processes.entry(p).or_default();
        if data.cursors.len() < tables {
            data.cursors.resize_with(tables, Cursor::default);
        }
        data
    }

    /// The process's cursor on a table.
    pub fn cursor(&mut self, p: ProcessId, t: TableId) -> &mut Cursor {
        &mut self.process(p).cursors[t]
    }

    /// The value of a field of the current record; the field's blank value without one
    /// (4D reads an empty value when there is no current record).
    pub fn field(&mut self, p: ProcessId, t: TableId, f: FieldId) -> Datum {
        let kind = self.store.structure().tables[t].fields[f].kind;
        match &self.cursor(p, t).record {
            Some(r) => r.values.get(f).cloned().unwrap_or(Datum::Null),
            None => Datum::blank(kind),
        }
    }

    /// Assigns a field of the current record (ignored without one).
    pub fn set_field(&mut self, p: ProcessId, t: TableId, f: FieldId, value: Datum) {
        if let Some(r) = &mut self.cursor(p, t).record
            && let Some(slot) = r.values.get_mut(f)
        {
            *slot = value;
        }
    }

    /// Drops the current record (unlocking it, unless a copy of it is on the record
    /// stack) without touching the selection.
    pub fn unload(&mut self, p: ProcessId, t: TableId) {
        let c = self.cursor(p, t);
        if let Some(r) = c.record.take()
            && let Some(rec) = r.rec
            && !c.stack.iter().any(|s| s.rec == Some(rec) && !s.locked)
        {
            self.store.unlock(p, t, rec);
        }
    }

    /// `PUSH RECORD`: a copy of the current record goes on the table's stack (nothing
    /// without a current record); the record stays current.
    pub fn push_record(&mut self, p: ProcessId, t: TableId) {
        let c = self.cursor(p, t);
        if let Some(r) = c.record.clone() {
            c.stack.push(r);
        }
    }

    /// `POP RECORD`: the newest pushed record becomes the current record, as it was pushed
    /// (edits included); the selection is not changed (`pop-record.md`). Nothing when the
    /// stack is empty.
    pub fn pop_record(&mut self, p: ProcessId, t: TableId) {
        let Some(r) = self.cursor(p, t).stack.pop() else {
            return;
        };
        let keep = r.rec;
        let c = self.cursor(p, t);
        let same = c
            .record
            .as_ref()
            .is_some_and(|cur| cur.rec == keep && keep.is_some());
        if same {
            c.record = None;
        } else {
            self.unload(p, t);
        }
        self.cursor(p, t).record = Some(r);
    }

    /// Makes `rec` the current record: read as the process sees it, locked for the others
    /// in read/write mode (loaded locked when another process holds it or read-only).
    pub fn load(&mut self, p: ProcessId, t: TableId, rec: u32) -> DbResult<()> {
        self.unload(p, t);
        let values = self.store.read_for(p, t, rec)?;
        let read_only = self.cursor(p, t).read_only;
        let locked = read_only || self.store.lock(p, t, rec).is_err();
        self.cursor(p, t).record = Some(CurrentRecord {
            rec: Some(rec),
            original: values.clone(),
            values,
            locked,
        });
        Ok(())
    }

    /// Moves to a position of the selection and loads that record (none outside it).
    pub fn goto_position(&mut self, p: ProcessId, t: TableId, position: i64) {
        let c = self.cursor(p, t);
        let len = c.selection.len() as i64;
        let position = position.clamp(-1, len);
        c.position = position;
        let rec = (0..len)
            .contains(&position)
            .then(|| c.selection[position as usize]);
        match rec {
            Some(rec) => {
                if self.load(p, t, rec).is_err() {
                    self.unload(p, t);
                }
            }
            None => self.unload(p, t),
        }
    }

    /// Replaces the current selection; its first record becomes the current record.
    pub fn set_selection(&mut self, p: ProcessId, t: TableId, records: Vec<u32>) {
        self.cursor(p, t).selection = records;
        self.goto_position(p, t, 0);
    }

    /// `CREATE RECORD`: a new record in memory becomes the current record; the selection
    /// is left untouched (`commands-legacy/create-record.md`).
    pub fn create_record(&mut self, p: ProcessId, t: TableId) {
        self.unload(p, t);
        let values = self.store.blank_record(t);
        self.cursor(p, t).record = Some(CurrentRecord {
            rec: None,
            original: values.clone(),
            values,
            locked: false,
        });
    }

    /// `SAVE RECORD`: writes the current record back (ignored without one, or when nothing
    /// changed, `commands-legacy/save-record.md`). A record loaded locked is not saved: the
    /// error is `ERR_LOCKED`, which the command reports as 4D does.
    pub fn save_record(&mut self, p: ProcessId, t: TableId) -> DbResult<()> {
        let Some(r) = self.cursor(p, t).record.clone() else {
            return Ok(());
        };
        if !r.modified() {
            return Ok(());
        }
        match r.rec {
            None => {
                let rec = self.store.create(p, t, r.values)?;
                let values = self.store.read_for(p, t, rec)?;
                let _ = self.store.lock(p, t, rec);
                self.cursor(p, t).record = Some(CurrentRecord {
                    rec: Some(rec),
                    original: values.clone(),
                    values,
                    locked: false,
                });
            }
            Some(rec) => {
                if r.locked {
                    return Err(DbError::new(
                        ERR_LOCKED,
                        format!("record #{rec} is locked: it was not saved"),
                    ));
                }
                self.store.update(p, t, rec, r.values, None)?;
                let values = self.store.read_for(p, t, rec)?;
                if let Some(cur) = &mut self.cursor(p, t).record {
                    cur.original = values.clone();
                    cur.values = values;
                }
            }
        }
        Ok(())
    }

    /// `DELETE RECORD`: deletes the current record and takes it out of the selection; the
    /// next record of the selection becomes current.
    pub fn delete_record(&mut self, p: ProcessId, t: TableId) -> DbResult<()> {
        let Some(r) = self.cursor(p, t).record.clone() else {
            return Ok(());
        };
        let Some(rec) = r.rec else {
            // A new record was never saved: it is simply dropped.
            self.cursor(p, t).record = None;
            return Ok(());
        };
        if r.locked {
            return Err(DbError::new(
                ERR_LOCKED,
                format!("record #{rec} is locked: it was not deleted"),
            ));
        }
        self.store.delete(p, t, rec, None)?;
        self.cursor(p, t).record = None;
        self.forget_deleted(p);
        let c = self.cursor(p, t);
        let position = c.position;
        self.goto_position(p, t, position);
        Ok(())
    }

    /// Takes records that no longer exist out of the process's selections (a delete may
    /// cascade through relations into other tables).
    pub fn forget_deleted(&mut self, p: ProcessId) {
        let tables = self.store.structure().tables.len();
        for t in 0..tables {
            let selection = self.process(p).cursors[t].selection.clone();
            let alive: Vec<bool> = selection
                .iter()
                .map(|&r| self.store.exists_for(p, t, r))
                .collect();
            if alive.iter().all(|&a| a) {
                continue;
            }
            let c = self.cursor(p, t);
            let before = c.selection[..c.position.clamp(0, c.selection.len() as i64) as usize]
                .iter()
                .zip(&alive)
                .filter(|(_, a)| !**a)
                .count() as i64;
            let mut keep = alive.iter();
            c.selection.retain(|_| *keep.next().unwrap_or(&true));
            c.position -= before;
        }
    }

    /// After a cancelled transaction: records gone leave the selections, and each current
    /// record that still exists is read again (a new record being edited stays as it is).
    pub fn refresh(&mut self, p: ProcessId) {
        self.forget_deleted(p);
        let tables = self.store.structure().tables.len();
        for t in 0..tables {
            let Some(rec) = self.cursor(p, t).record.as_ref().and_then(|r| r.rec) else {
                continue;
            };
            match self.store.read_for(p, t, rec) {
                Ok(values) => {
                    if let Some(r) = &mut self.cursor(p, t).record {
                        r.original = values.clone();
                        r.values = values;
                    }
                }
                Err(_) => self.cursor(p, t).record = None,
            }
        }
    }

    /// A set by name: interprocess sets (`<>name`) are shared.
    pub fn set(&mut self, p: ProcessId, name: &str) -> Option<&(TableId, RecSet)> {
        if name.starts_with("<>") {
            self.shared_sets.get(name)
        } else {
            self.process(p).sets.get(name)
        }
    }

    /// Stores a set under a name (replacing one of that name).
    pub fn put_set(&mut self, p: ProcessId, name: &str, table: TableId, set: RecSet) {
        if name.starts_with("<>") {
            self.shared_sets.insert(name.to_string(), (table, set));
        } else {
            self.process(p).sets.insert(name.to_string(), (table, set));
        }
    }

    /// `CLEAR SET`.
    pub fn clear_set(&mut self, p: ProcessId, name: &str) {
        if name.starts_with("<>") {
            self.shared_sets.remove(name);
        } else {
            self.process(p).sets.remove(name);
        }
    }

    /// Ends a process: its transactions are cancelled, its locks released, its state gone.
    pub fn end_process(&mut self, p: ProcessId) {
        self.store.end_process(p);
        self.processes.remove(&p);
    }
}
