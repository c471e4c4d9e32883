//! The store stays consistent under random sequences of saves, deletes, failed saves and
//! transactions: every index agrees with a scan of its column, and a failed operation or a
//! cancelled transaction leaves the store exactly as before.

use super::*;
use crate::datastore::QueryParams;
use crate::datastore::error::DbResult;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Create {
        last: u8,
        badge: u8,
        salary: i16,
    },
    Update {
        pick: u8,
        badge: u8,
        salary: i16,
        null_code: bool,
    },
    Delete {
        pick: u8,
    },
    Start,
    Validate,
    Cancel,
    Lock {
        pick: u8,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (any::<u8>(), 0u8..12, any::<i16>()).prop_map(|(last, badge, salary)| Op::Create { last, badge, salary }),
        3 => (any::<u8>(), 0u8..12, any::<i16>(), any::<bool>()).prop_map(|(pick, badge, salary, null_code)| Op::Update { pick, badge, salary, null_code }),
        2 => any::<u8>().prop_map(|pick| Op::Delete { pick }),
        1 => Just(Op::Start),
        1 => Just(Op::Validate),
        1 => Just(Op::Cancel),
        1 => any::<u8>().prop_map(|pick| Op::Lock { pick }),
    ]
}

/// What `process` sees of a table: its records and their values.
fn view(ds: &Datastore, process: i64, table: usize) -> Vec<(u32, Vec<Datum>)> {
    ds.all_records_for(process, table)
        .into_iter()
        .map(|r| (r, ds.read_for(process, table, r).unwrap()))
        .collect()
}

fn check_indexes(ds: &Datastore) {
    for data in &ds.tables {
        for (f, index) in data.indexes.iter().enumerate() {
            let Some(index) = index else { continue };
            let col = &data.columns[f];
            let from_index: Vec<u32> = index.iter().collect();
            let mut scan = data.alive.to_vec();
            scan.sort_by(|&a, &b| col.cmp_recs(a, b));
            assert_eq!(from_index, scan, "index of field {f}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn random_operations_keep_the_store_consistent(ops in proptest::collection::vec(op(), 1..60)) {
        let mut ds = company_store();
        let emp = ds.structure().table_named("Employee").unwrap();
        // Snapshots taken at each START TRANSACTION, to compare after a cancel.
        let mut snapshots: Vec<Datastore> = Vec::new();
        for op in ops {
            let before = ds.clone_for_test();
            let live = ds.all_records(emp);
            let pick = |p: u8| live.get(p as usize % live.len().max(1)).copied();
            let result: DbResult<()> = match op {
                Op::Create { last, badge, salary } => {
                    let mut v = employee(&ds, &format!("N{last}"), "f", f64::from(salary), 1, None);
                    v[10] = Datum::text(&format!("B{badge}"));
                    ds.create(1, emp, v).map(|_| ())
                }
                Op::Update { pick: p, badge, salary, null_code } => match pick(p) {
                    Some(r) => {
                        let mut v = ds.read(emp, r).unwrap();
                        v[10] = Datum::text(&format!("B{badge}"));
                        v[3] = Datum::Real(f64::from(salary));
                        if null_code { v[16] = Datum::Null; }
                        ds.update(1, emp, r, v, None).map(|_| ())
                    }
                    None => Ok(()),
                },
                Op::Delete { pick: p } => match pick(p) {
                    Some(r) => ds.delete(1, emp, r, None),
                    None => Ok(()),
                },
                Op::Start => {
                    snapshots.push(ds.clone_for_test());
                    ds.start_transaction(1);
                    Ok(())
                }
                Op::Validate => {
                    let r = ds.validate_transaction(1);
                    if r.is_ok() { snapshots.pop(); }
                    r
                }
                Op::Cancel => {
                    let r = ds.cancel_transaction(1);
                    if r.is_ok() {
                        let snap = snapshots.pop().unwrap();
                        prop_assert!(ds.same_as(&snap), "cancel restored the store");
                    }
                    r
                }
                Op::Lock { pick: p } => {
                    // Another process locks a record; writes to it by process 1 must fail.
                    if let Some(r) = pick(p) { let _ = ds.lock(2, emp, r); }
                    Ok(())
                }
            };
            if result.is_err() {
                prop_assert!(ds.same_as(&before), "a failed operation changed the store");
            }
            check_indexes(&ds);
            // Process 2 never writes: it sees the state before the open transaction
            // started (Develop-legacy/transactions.md), or the current one.
            let committed = snapshots.first().unwrap_or(&ds);
            prop_assert_eq!(view(&ds, 2, emp), view(committed, 2, emp));
            let q = ds.query_orda(2, emp, "salary >= 0", &QueryParams::default(), None, &mut |_, _, _| Ok(false)).unwrap();
            let q0 = committed.query_orda(2, emp, "salary >= 0", &QueryParams::default(), None, &mut |_, _, _| Ok(false)).unwrap();
            prop_assert_eq!(q.records, q0.records);
        }
    }
}
