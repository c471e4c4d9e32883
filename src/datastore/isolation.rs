//! What a process sees of other processes' open transactions: nothing
//! (`Develop-legacy/transactions.md`: changes are "stored locally in a temporary buffer"
//! until validated; a new transaction "totally independent … similar to a transaction of
//! another process" does not see them). Changes are written through to the tables, so
//! these functions put back the committed state for the records another process's
//! transaction touched: a record it created does not exist, one it modified or deleted
//! has its committed values.
//!
//! Reads and queries go through here; sorts and statistics read the current values (a
//! difference written down in `docs/datastore.md`).

use super::datum::Datum;
use super::error::{DbError, DbResult, ERR_RECORD_OUT_OF_RANGE};
use super::lock::ProcessId;
use super::query::Pred;
use super::query::exec::{FormulaFn, eval_as, matches_value};
use super::storage::bitset::RecSet;
use super::storage::column::Column;
use super::store::Datastore;
use super::structure::{FieldId, TableId};

impl Datastore {
    /// The committed state of a record another process's open transaction touched:
    /// `Some(None)` if it created it, `Some(Some(values))` if it modified or deleted it,
    /// `None` when `process` sees the record as it is.
    fn hidden(&self, process: ProcessId, table: TableId, rec: u32) -> Option<Option<&Vec<Datum>>> {
        if self.pending.is_empty() {
            return None;
        }
        let p = self.pending.get(&(table, rec))?;
        (p.owner != process).then(|| p.committed.as_ref().map(|(row, _)| row))
    }

    /// True when `rec` is a record of `table` for `process`.
    pub fn exists_for(&self, process: ProcessId, table: TableId, rec: u32) -> bool {
        match self.hidden(process, table, rec) {
            Some(committed) => committed.is_some(),
            None => self.exists(table, rec),
        }
    }

    /// A copy of a record's values as `process` sees them (`LOAD RECORD`, `ds.T.get()`).
    pub fn read_for(&self, process: ProcessId, table: TableId, rec: u32) -> DbResult<Vec<Datum>> {
        match self.hidden(process, table, rec) {
            Some(Some(row)) => Ok(row.clone()),
            Some(None) => Err(DbError::new(
                ERR_RECORD_OUT_OF_RANGE,
                format!("record #{rec} does not exist in this table"),
            )),
            None => self.read(table, rec),
        }
    }

    /// One field of a record as `process` sees it.
    pub fn value_for(
        &self,
        process: ProcessId,
        table: TableId,
        rec: u32,
        field: FieldId,
    ) -> DbResult<Datum> {
        match self.hidden(process, table, rec) {
            Some(Some(row)) => Ok(row[field].clone()),
            Some(None) => self.read_for(process, table, rec).map(|_| Datum::Null),
            None => self.value(table, rec, field),
        }
    }

    /// The records of `table` as `process` sees them (`ALL RECORDS`), ascending.
    pub fn all_records_for(&self, process: ProcessId, table: TableId) -> Vec<u32> {
        let mut set = self.tables[table].alive.clone();
        self.adjust_scope(process, table, &mut set);
        set.to_vec()
    }

    /// `Records in table` as `process` sees it.
    pub fn records_in_table_for(&self, process: ProcessId, table: TableId) -> usize {
        if self.pending.is_empty() {
            return self.records_in_table(table);
        }
        self.all_records_for(process, table).len()
    }

    /// Turns the live records of `table` into the ones `process` sees.
    pub(crate) fn adjust_scope(&self, process: ProcessId, table: TableId, set: &mut RecSet) {
        for (&(t, r), p) in &self.pending {
            if t == table && p.owner != process {
                if p.committed.is_some() {
                    set.insert(r);
                } else {
                    set.remove(r);
                }
            }
        }
    }

    /// The records of `scope` (as `process` sees the table) that match `pred`: evaluated on
    /// the current data, then corrected for the records other transactions touched.
    pub(crate) fn eval_for(
        &self,
        process: ProcessId,
        table: TableId,
        pred: &Pred,
        scope: &RecSet,
        formula: &mut FormulaFn,
    ) -> DbResult<RecSet> {
        let mut live_scope = scope.clone();
        live_scope.intersect_with(&self.tables[table].alive);
        let mut out = eval_as(self, Some(process), table, pred, &live_scope, formula)?;
        for (&(t, r), p) in &self.pending {
            if t != table || p.owner == process {
                continue;
            }
            out.remove(r);
            if let Some((row, _)) = &p.committed
                && scope.contains(r)
                && self.row_matches(process, table, pred, row, r, formula)?
            {
                out.insert(r);
            }
        }
        Ok(out)
    }

    /// Whether a record's committed values match `pred` (each field is put in a one-record
    /// column so the comparison is exactly the one the query uses).
    fn row_matches(
        &self,
        process: ProcessId,
        table: TableId,
        pred: &Pred,
        row: &[Datum],
        rec: u32,
        formula: &mut FormulaFn,
    ) -> DbResult<bool> {
        let one = |field: usize| {
            let mut col = Column::new(self.structure().tables[table].fields[field].kind);
            col.set(0, &row[field]);
            col
        };
        Ok(match pred {
            Pred::All => true,
            Pred::Field { field, cmp, value } => matches_value(&one(*field), 0, *cmp, value),
            Pred::In { field, values } => {
                let col = one(*field);
                values
                    .iter()
                    .any(|v| matches_value(&col, 0, super::query::Cmp::Eq, v))
            }
            Pred::And(items) => {
                for p in items {
                    if !self.row_matches(process, table, p, row, rec, formula)? {
                        return Ok(false);
                    }
                }
                true
            }
            Pred::Or(items) => {
                for p in items {
                    if self.row_matches(process, table, p, row, rec, formula)? {
                        return Ok(true);
                    }
                }
                false
            }
            Pred::Not(inner) => !self.row_matches(process, table, inner, row, rec, formula)?,
            Pred::Object {
                field,
                path,
                cmp,
                value,
            } => match &row[*field] {
                Datum::Object(json) => super::query::exec::json_matches(json, path, *cmp, value),
                _ => {
                    value.is_null()
                        && *cmp == super::query::Cmp::Eq
                        && path
                            .iter()
                            .all(|s| matches!(s, super::query::PathStep::Key(_)))
                }
            },
            Pred::Related { link, sub } => {
                let structure = self.structure().clone();
                let (_, here, other, there) = link.ends(&structure);
                let mut scope = self.tables[other].alive.clone();
                self.adjust_scope(process, other, &mut scope);
                let matched = self.eval_for(process, other, sub, &scope, formula)?;
                let key = super::datum::hash_key(&row[here]);
                let col = &self.tables[other].columns[there];
                key.is_some_and(|k| {
                    matched
                        .iter()
                        .any(|r| super::datum::hash_key(&col.get(r)).as_ref() == Some(&k))
                })
            }
            // A formula reads the record through the interpreter, which sees the current
            // values (difference noted in docs/datastore.md).
            Pred::Formula(n) => formula(*n, table, rec)?,
        })
    }
}
