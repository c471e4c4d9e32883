//! Transactions (`Develop-legacy/transactions.md`): `START TRANSACTION`, `VALIDATE
//! TRANSACTION`, `CANCEL TRANSACTION`, `In transaction`, `Transaction level`. Levels nest;
//! cancelling a level undoes its creations, changes and deletions, so the process's
//! selections lose the records that no longer exist and its current records are read again.

use super::{db, db_fault, set_ok};
use crate::builtins::{BResult, Call};
use crate::eval::{Interp, Value};

/// `START TRANSACTION`: opens a (nested) level.
pub fn start_transaction(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "START TRANSACTION")?;
    db.store.start_transaction(p);
    Ok(Value::Undefined)
}

/// `VALIDATE TRANSACTION`: the level's changes go to the enclosing level, or become
/// permanent at the outermost; `OK` is 1 (`validate-transaction.md`).
pub fn validate_transaction(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "VALIDATE TRANSACTION")?;
    db.store.validate_transaction(p).map_err(db_fault)?;
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// `CANCEL TRANSACTION`: undoes the level's changes.
pub fn cancel_transaction(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "CANCEL TRANSACTION")?;
    db.store.cancel_transaction(p).map_err(db_fault)?;
    db.refresh(p);
    Ok(Value::Undefined)
}

/// `In transaction`.
pub fn in_transaction(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "In transaction")?;
    Ok(Value::Bool(db.store.in_transaction(p)))
}

/// `Transaction level`: 0 outside a transaction.
pub fn transaction_level(it: &mut Interp, _: &mut Call) -> BResult {
    let (db, p) = db(it, "Transaction level")?;
    Ok(Value::int(db.store.transaction_level(p) as i64))
}
