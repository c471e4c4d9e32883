//! Saves, deletes, locks and transactions, each rule against its 4D docs page.

use super::*;
use crate::datastore::error::*;

const P1: i64 = 1;
const P2: i64 = 2;

fn emp_table(ds: &Datastore) -> usize {
    ds.structure().table_named("Employee").unwrap()
}

fn field(ds: &Datastore, name: &str) -> usize {
    let t = emp_table(ds);
    ds.structure().tables[t].field_named(name).unwrap()
}

#[test]
fn record_numbers_start_at_zero_and_are_reused() {
    // docs/Develop-legacy/records.md, "Record numbers": they start at zero; the numbers
    // of deleted records are reused.
    let mut ds = company_store();
    let t = emp_table(&ds);
    let a = ds
        .create(P1, t, employee(&ds, "A", "a", 1.0, 1, None))
        .unwrap();
    let b = ds
        .create(P1, t, employee(&ds, "B", "b", 1.0, 1, None))
        .unwrap();
    assert_eq!((a, b), (0, 1));
    ds.delete(P1, t, a, None).unwrap();
    assert_eq!(ds.records_in_table(t), 1);
    let c = ds
        .create(P1, t, employee(&ds, "C", "c", 1.0, 1, None))
        .unwrap();
    assert_eq!(c, 0);
}

#[test]
fn autoincrement_and_sequence_number_share_the_counter() {
    // docs/commands-legacy/sequence-number.md: the same number as Autoincrement; starts at 1.
    let mut ds = company_store();
    let t = emp_table(&ds);
    let id = field(&ds, "ID");
    let r = ds
        .create(P1, t, employee(&ds, "A", "a", 1.0, 1, None))
        .unwrap();
    assert_eq!(ds.value(t, r, id).unwrap(), Datum::Int(1));
    assert_eq!(ds.sequence_number(t), 2);
    let r = ds
        .create(P1, t, employee(&ds, "B", "b", 1.0, 1, None))
        .unwrap();
    assert_eq!(ds.value(t, r, id).unwrap(), Datum::Int(3));
}

#[test]
fn duplicate_unique_value_fails_and_changes_nothing() {
    // Unique fields refuse duplicates (Plugin API error -9998, "Duplicated index key"),
    // compared as 4D compares text: "AB12" duplicates "ab12".
    let mut ds = company_store();
    let t = emp_table(&ds);
    let badge = field(&ds, "badge");
    let mut v = employee(&ds, "A", "a", 1.0, 1, None);
    v[badge] = Datum::text("AB12");
    ds.create(P1, t, v.clone()).unwrap();
    let before = ds.clone_for_test();
    v[badge] = Datum::text("ab12");
    let e = ds.create(P1, t, v).unwrap_err();
    assert_eq!(e.code, ERR_DUPLICATED_KEY);
    assert_eq!(e.orda_status().code(), 4); // dk status serious error
    assert!(ds.same_as(&before));
    // The failed save did not consume a sequence number.
    assert_eq!(ds.sequence_number(t), 2);
}

#[test]
fn null_rules_and_lengths() {
    let mut ds = company_store();
    let t = emp_table(&ds);
    // "Reject NULL value input" (not_null; ORDA `mandatory`, docs/API/DataClassClass.md).
    let mut v = employee(&ds, "A", "a", 1.0, 1, None);
    v[field(&ds, "code")] = Datum::Null;
    assert_eq!(ds.create(P1, t, v).unwrap_err().code, ERR_NULL_REJECTED);
    // "Map NULL values to blank values" (never_null): a null becomes blank.
    let mut v = employee(&ds, "A", "a", 1.0, 1, None);
    v[field(&ds, "lastName")] = Datum::Null;
    let r = ds.create(P1, t, v).unwrap();
    assert_eq!(
        ds.value(t, r, field(&ds, "lastName")).unwrap(),
        Datum::text("")
    );
    // managerID maps nothing: it stays null.
    assert_eq!(
        ds.value(t, r, field(&ds, "managerID")).unwrap(),
        Datum::Null
    );
    // Alpha 40: 41 characters do not fit.
    let mut v = employee(&ds, "A", "a", 1.0, 1, None);
    v[field(&ds, "lastName")] = Datum::text(&"é".repeat(41));
    assert_eq!(ds.create(P1, t, v).unwrap_err().code, ERR_TEXT_TOO_LONG);
    let mut v = employee(&ds, "A", "a", 1.0, 1, None);
    v[field(&ds, "salary")] = Datum::text("much");
    assert_eq!(ds.create(P1, t, v).unwrap_err().code, ERR_WRONG_TYPE);
}

#[test]
fn stamps_and_optimistic_locking() {
    // docs/API/EntityClass.md .save(): the stamp increments at each save; a save with an
    // old stamp fails with dk status stamp has changed (2).
    let mut ds = company_store();
    let t = emp_table(&ds);
    let r = ds
        .create(P1, t, employee(&ds, "A", "a", 1.0, 1, None))
        .unwrap();
    assert_eq!(ds.stamp(t, r).unwrap(), 1);
    let v = ds.read(t, r).unwrap();
    assert_eq!(ds.update(P1, t, r, v.clone(), Some(1)).unwrap(), 2);
    let e = ds.update(P2, t, r, v, Some(1)).unwrap_err();
    assert_eq!((e.code, e.orda_status().code()), (ERR_STAMP_CHANGED, 2));
}

#[test]
fn locks_are_per_process() {
    // docs/Develop-legacy/records.md, "Record locking": a record loaded read/write by one
    // process is locked for the others until unloaded.
    let mut ds = company_store();
    let t = emp_table(&ds);
    let r = ds
        .create(P1, t, employee(&ds, "A", "a", 1.0, 1, None))
        .unwrap();
    assert!(ds.lock(P1, t, r).is_ok());
    assert_eq!(ds.lock(P2, t, r), Err(P1));
    assert!(ds.is_locked_for(P2, t, r) && !ds.is_locked_for(P1, t, r));
    assert_eq!(ds.locked_by(t, r), Some(P1));
    let v = ds.read(t, r).unwrap();
    let e = ds.update(P2, t, r, v.clone(), None).unwrap_err();
    assert_eq!((e.code, e.orda_status().code()), (ERR_LOCKED, 3));
    assert_eq!(ds.delete(P2, t, r, None).unwrap_err().code, ERR_LOCKED);
    ds.unlock(P1, t, r);
    assert!(ds.update(P2, t, r, v, None).is_ok());
}

#[test]
fn cancelled_transaction_leaves_no_trace_but_keeps_sequence_numbers() {
    // docs/Develop-legacy/transactions.md: cancelled changes are not saved; nested levels
    // go with their parent. records.md: a sequence number is not decremented on cancel.
    let mut ds = company_store();
    let t = emp_table(&ds);
    let keep = ds
        .create(P1, t, employee(&ds, "Keep", "k", 1.0, 1, None))
        .unwrap();
    let gone = ds
        .create(P1, t, employee(&ds, "Gone", "g", 1.0, 1, None))
        .unwrap();
    let before = ds.clone_for_test();
    ds.start_transaction(P1);
    ds.create(P1, t, employee(&ds, "New", "n", 1.0, 1, None))
        .unwrap();
    let mut v = ds.read(t, keep).unwrap();
    v[field(&ds, "salary")] = Datum::Real(99.0);
    ds.update(P1, t, keep, v, None).unwrap();
    ds.start_transaction(P1);
    assert_eq!(ds.transaction_level(P1), 2);
    ds.delete(P1, t, gone, None).unwrap();
    ds.validate_transaction(P1).unwrap();
    // Touched records are locked for the others while the transaction runs.
    assert!(ds.is_locked_for(P2, t, keep));
    ds.cancel_transaction(P1).unwrap();
    assert!(!ds.in_transaction(P1));
    assert!(ds.same_as(&before));
    assert!(!ds.is_locked_for(P2, t, keep));
    assert_eq!(ds.sequence_number(t), 4);
    assert_eq!(
        ds.cancel_transaction(P1).unwrap_err().code,
        ERR_NO_TRANSACTION
    );
}

#[test]
fn validated_transaction_keeps_its_changes() {
    let mut ds = company_store();
    let t = emp_table(&ds);
    ds.start_transaction(P1);
    let r = ds
        .create(P1, t, employee(&ds, "New", "n", 1.0, 1, None))
        .unwrap();
    ds.validate_transaction(P1).unwrap();
    assert!(ds.exists(t, r));
    assert_eq!(ds.transaction_level(P1), 0);
}

#[test]
fn delete_related_cascades_whole_or_not_at_all() {
    let text = COMPANY_CATALOG.replace(
        "name_Nto1=\"employer\" name_1toN=\"staff\"",
        "name_Nto1=\"employer\" name_1toN=\"staff\" integrity=\"delete\"",
    );
    let mut ds = Datastore::new(parse(&text).unwrap());
    let s = ds.structure().clone();
    let (co, emp) = (
        s.table_named("Company").unwrap(),
        s.table_named("Employee").unwrap(),
    );
    let mut c = ds.blank_record(co);
    c[1] = Datum::text("Acme");
    let c = ds.create(P1, co, c).unwrap();
    let cid = ds.value(co, c, 0).unwrap();
    let Datum::Int(cid) = cid else { panic!() };
    let e1 = ds
        .create(P1, emp, employee(&ds, "A", "a", 1.0, cid, None))
        .unwrap();
    ds.create(P1, emp, employee(&ds, "B", "b", 1.0, cid, None))
        .unwrap();
    ds.create(P1, emp, employee(&ds, "C", "c", 1.0, cid + 1, None))
        .unwrap();
    ds.lock(P2, emp, e1).unwrap();
    assert_eq!(ds.delete(P1, co, c, None).unwrap_err().code, ERR_LOCKED);
    assert_eq!(ds.records_in_table(emp), 3);
    ds.unlock(P2, emp, e1);
    ds.delete(P1, co, c, None).unwrap();
    assert_eq!(ds.records_in_table(emp), 1);
}

#[test]
fn other_processes_see_only_validated_changes() {
    // docs/Develop-legacy/transactions.md: changes are kept in the process's transaction
    // until validated; other processes do not see them.
    let mut ds = company_store();
    let t = emp_table(&ds);
    let salary = field(&ds, "salary");
    let keep = ds
        .create(P1, t, employee(&ds, "Keep", "k", 10.0, 1, None))
        .unwrap();
    let gone = ds
        .create(P1, t, employee(&ds, "Gone", "g", 20.0, 1, None))
        .unwrap();
    ds.start_transaction(P1);
    let new = ds
        .create(P1, t, employee(&ds, "New", "n", 30.0, 1, None))
        .unwrap();
    let mut v = ds.read(t, keep).unwrap();
    v[salary] = Datum::Real(99.0);
    ds.update(P1, t, keep, v, None).unwrap();
    ds.delete(P1, t, gone, None).unwrap();
    let q = |ds: &Datastore, p, text: &str| {
        ds.query_orda(
            p,
            t,
            text,
            &crate::datastore::QueryParams::default(),
            None,
            &mut |_, _, _| Ok(false),
        )
        .unwrap()
        .records
    };
    // The transaction's process sees its changes…
    assert_eq!(ds.all_records_for(P1, t), [keep, new]);
    assert_eq!(q(&ds, P1, "salary > 50"), [keep]);
    // …the others see the committed state.
    assert_eq!(ds.all_records_for(P2, t), [keep, gone]);
    assert_eq!(ds.records_in_table_for(P2, t), 2);
    assert!(!ds.exists_for(P2, t, new));
    assert_eq!(
        ds.value_for(P2, t, keep, salary).unwrap(),
        Datum::Real(10.0)
    );
    assert_eq!(q(&ds, P2, "salary > 50"), Vec::<u32>::new());
    assert_eq!(q(&ds, P2, "salary >= 10"), [keep, gone]);
    assert_eq!(q(&ds, P2, "lastName = 'gone'"), [gone]);
    // A deleted record's number is not reused while the deletion may be cancelled.
    let other = ds
        .create(P2, t, employee(&ds, "Other", "o", 1.0, 1, None))
        .unwrap();
    assert_ne!(other, gone);
    ds.validate_transaction(P1).unwrap();
    assert_eq!(ds.all_records_for(P2, t), [keep, new, other]);
    assert_eq!(q(&ds, P2, "salary > 50"), [keep]);
}
