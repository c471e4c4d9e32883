//! Saving and deleting records with 4D's integrity rules. Every rule is checked before
//! anything is written, so a failed save or delete leaves the store exactly as it was:
//! the record's values fit their fields (type, an Alpha field's length), no null goes into
//! a field that rejects nulls, no unique field gets a duplicate, the record is not locked by
//! another process, and (ORDA) its stamp has not changed since it was loaded.

use super::datum::{Datum, FitError, fit};
use super::error::*;
use super::lock::ProcessId;
use super::store::{Datastore, Undo};
use super::structure::{FieldType, TableId};

impl Datastore {
    /// Saves a new record (`SAVE RECORD` after `CREATE RECORD`, `entity.save()` of a new
    /// entity) and returns its record number. Autoincrement fields left null or 0 take the
    /// table's next sequence number, Auto UUID fields left null or empty a new UUID
    /// (`docs/API/DataClassClass.md`, `autoFilled`). Nothing is consumed if a rule fails.
    pub fn create(
        &mut self,
        process: ProcessId,
        table: TableId,
        values: Vec<Datum>,
    ) -> DbResult<u32> {
        let structure = self.structure().clone();
        let t = &structure.tables[table];
        check_width(t.fields.len(), values.len())?;
        let mut sequence = self.tables[table].next_sequence;
        let mut fitted = Vec::with_capacity(values.len());
        for (f, value) in t.fields.iter().zip(values) {
            let mut value = value;
            let empty = matches!(&value, Datum::Null | Datum::Int(0))
                || value.as_str().is_some_and(str::is_empty);
            if f.autosequence && f.kind.is_integer() && empty {
                value = Datum::Int(sequence);
                sequence += 1;
            } else if f.autogenerate && f.kind.is_text() && empty {
                value = Datum::text(&self.new_uuid());
            }
            fitted.push(self.fit_field(table, f.name.as_str(), f, value)?);
        }
        self.check_unique(table, &fitted, None)?;
        let rec = self.tables[table].allocate();
        self.tables[table].next_sequence = sequence;
        self.tables[table].write(rec, &fitted, 1);
        self.log(process, Undo::Created { table, rec });
        Ok(rec)
    }

    /// Saves an existing record's new values (`SAVE RECORD`, `entity.save()`), returning
    /// its new stamp. With `expected_stamp` (ORDA's optimistic lock) the save fails when the
    /// stored stamp differs (`docs/API/EntityClass.md`, `dk status stamp has changed`).
    pub fn update(
        &mut self,
        process: ProcessId,
        table: TableId,
        rec: u32,
        values: Vec<Datum>,
        expected_stamp: Option<u32>,
    ) -> DbResult<u32> {
        self.check_writable(process, table, rec, expected_stamp)?;
        let structure = self.structure().clone();
        let t = &structure.tables[table];
        check_width(t.fields.len(), values.len())?;
        let mut fitted = Vec::with_capacity(values.len());
        for (f, value) in t.fields.iter().zip(values) {
            fitted.push(self.fit_field(table, f.name.as_str(), f, value)?);
        }
        self.check_unique(table, &fitted, Some(rec))?;
        let data = &mut self.tables[table];
        let old = data.row(rec);
        let stamp = data.stamps[rec as usize];
        data.write(rec, &fitted, stamp + 1);
        self.log(
            process,
            Undo::Modified {
                table,
                rec,
                old,
                stamp,
            },
        );
        Ok(stamp + 1)
    }

    /// Deletes a record (`DELETE RECORD`, `entity.drop()`), and, through relations with the
    /// "delete related records" rule, the Many records related to it. Fails whole if any
    /// of them is locked by another process.
    pub fn delete(
        &mut self,
        process: ProcessId,
        table: TableId,
        rec: u32,
        expected_stamp: Option<u32>,
    ) -> DbResult<()> {
        self.check_writable(process, table, rec, expected_stamp)?;
        let victims = self.cascade(table, rec);
        for &(t, r) in &victims {
            if self.locks.locked_for(process, t, r) {
                return Err(DbError::new(
                    ERR_LOCKED,
                    format!("a related record (#{r}) is locked by another process"),
                ));
            }
        }
        let in_transaction = self.in_transaction(process);
        for (t, r) in victims {
            let data = &mut self.tables[t];
            if !data.is_alive(r) {
                continue;
            }
            let old = data.row(r);
            let stamp = data.stamps[r as usize];
            if in_transaction {
                data.erase_reserved(r);
            } else {
                data.erase(r);
                self.locks.forget(t, r);
            }
            self.log(
                process,
                Undo::Deleted {
                    table: t,
                    rec: r,
                    old,
                    stamp,
                },
            );
        }
        Ok(())
    }

    /// `TRUNCATE TABLE` (`commands-legacy/truncate-table.md`): deletes every record of the
    /// table at once, without following "delete related" relations. Inside a transaction
    /// it does nothing (`Ok(false)`: OK is 0); a record locked by another process fails
    /// the whole command, nothing deleted.
    pub fn truncate(&mut self, process: ProcessId, table: TableId) -> DbResult<bool> {
        if self.in_transaction(process) {
            return Ok(false);
        }
        let records: Vec<u32> = self.tables[table].alive.iter().collect();
        if let Some(r) = records
            .iter()
            .find(|&&r| self.locks.locked_for(process, table, r))
        {
            return Err(DbError::new(
                ERR_LOCKED,
                format!("record #{r} is locked by another process: the table was not truncated"),
            ));
        }
        for r in records {
            self.tables[table].erase(r);
            self.locks.forget(table, r);
        }
        Ok(true)
    }

    /// The record and every record a "delete related" relation reaches from it.
    fn cascade(&self, table: TableId, rec: u32) -> Vec<(TableId, u32)> {
        let structure = self.structure().clone();
        let mut out = vec![(table, rec)];
        let mut i = 0;
        while i < out.len() {
            let (t, r) = out[i];
            i += 1;
            for rel in structure
                .relations
                .iter()
                .filter(|x| x.delete_related && x.dest_table == t)
            {
                let key = self.tables[t].get(r, rel.dest_field);
                if key.is_null() {
                    continue;
                }
                let many = &self.tables[rel.source_table];
                let kind = structure.tables[rel.source_table].fields[rel.source_field].kind;
                let Some(probe) = super::datum::to_query_value(kind, &key) else {
                    continue;
                };
                for m in many.alive.iter() {
                    let v = many.get(m, rel.source_field);
                    if super::datum::order(
                        &super::datum::to_query_value(kind, &v).unwrap_or(Datum::Null),
                        &probe,
                    )
                    .is_eq()
                        && !out.contains(&(rel.source_table, m))
                    {
                        out.push((rel.source_table, m));
                    }
                }
            }
        }
        out
    }

    fn check_writable(
        &self,
        process: ProcessId,
        table: TableId,
        rec: u32,
        expected_stamp: Option<u32>,
    ) -> DbResult<()> {
        self.check_alive(table, rec)?;
        if let Some(holder) = self.locks.holder(table, rec).filter(|&p| p != process) {
            return Err(DbError::new(
                ERR_LOCKED,
                format!("the record #{rec} is locked by process {holder}"),
            ));
        }
        if let Some(stamp) = expected_stamp
            && self.tables[table].stamps[rec as usize] != stamp
        {
            return Err(DbError::new(
                ERR_STAMP_CHANGED,
                format!("Given stamp does not match current one for record# {rec}"),
            ));
        }
        Ok(())
    }

    /// The value as field `f` stores it, or the rule it breaks.
    fn fit_field(
        &self,
        table: TableId,
        name: &str,
        f: &super::structure::Field,
        value: Datum,
    ) -> DbResult<Datum> {
        let tname = &self.structure().tables[table].name;
        let value = if value.is_null() && f.never_null && !f.not_null {
            Datum::blank(f.kind)
        } else {
            value
        };
        if value.is_null() {
            if f.not_null {
                return Err(DbError::new(
                    ERR_NULL_REJECTED,
                    format!("[{tname}]{name} rejects null values"),
                ));
            }
            return Ok(Datum::Null);
        }
        let kind = value.kind_name();
        fit(f, value).map_err(|e| match e {
            FitError::WrongType => DbError::new(
                ERR_WRONG_TYPE,
                format!(
                    "[{tname}]{name} is {}, it cannot hold {kind}",
                    type_phrase(f.kind)
                ),
            ),
            FitError::TooLong(len) => DbError::new(
                ERR_TEXT_TOO_LONG,
                format!(
                    "[{tname}]{name} holds at most {} characters, not {len}",
                    f.limiting_length.unwrap_or(0)
                ),
            ),
        })
    }

    /// No unique field of `values` repeats another live record's value.
    fn check_unique(&self, table: TableId, values: &[Datum], except: Option<u32>) -> DbResult<()> {
        let t = &self.structure().tables[table];
        for (i, f) in t.fields.iter().enumerate() {
            if !f.unique || values[i].is_null() || !f.kind.is_indexable() {
                continue;
            }
            if let Some(other) = self.tables[table].find_equal(i, &values[i], except) {
                return Err(DbError::new(
                    ERR_DUPLICATED_KEY,
                    format!(
                        "Duplicated key: [{}]{} already holds this value (record #{other})",
                        t.name, f.name
                    ),
                ));
            }
        }
        Ok(())
    }

    /// A new UUID as `Generate UUID` writes it: 32 uppercase hexadecimal digits, version 4.
    fn new_uuid(&mut self) -> String {
        let mut rng = crate::rng::Rng(self.uuid_state);
        let (a, b) = (rng.next_u64(), rng.next_u64());
        self.uuid_state = rng.0;
        let a = (a & !0xF000) | 0x4000;
        let b = (b & !(0xC << 60)) | (0x8 << 60);
        format!("{a:016X}{b:016X}")
    }
}

fn check_width(fields: usize, values: usize) -> DbResult<()> {
    if fields == values {
        Ok(())
    } else {
        Err(DbError::new(
            ERR_WRONG_TYPE,
            format!("a record of this table has {fields} fields, not {values}"),
        ))
    }
}

fn type_phrase(kind: FieldType) -> &'static str {
    match kind {
        FieldType::Alpha => "an Alpha field",
        FieldType::Text => "a Text field",
        FieldType::Boolean => "a Boolean field",
        FieldType::Integer => "an Integer field",
        FieldType::Longint => "a Longint field",
        FieldType::Integer64 => "an Integer 64 bits field",
        FieldType::Real => "a Real field",
        FieldType::Date => "a Date field",
        FieldType::Time => "a Time field",
        FieldType::Picture => "a Picture field",
        FieldType::Blob => "a BLOB field",
        FieldType::Object => "an Object field",
    }
}
