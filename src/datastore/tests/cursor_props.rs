//! The classic language's path (`cursor.rs`: current records, `SAVE RECORD`, `DELETE
//! RECORD`, transactions) under random sequences: a failed save changes nothing in the
//! store and leaves the record unsaved; a cancelled transaction leaves no trace.

use super::company_store;
use crate::datastore::{Database, Datastore, Datum};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Create { badge: u8, salary: i16 },
    Modify { pick: u8, badge: u8 },
    Delete { pick: u8 },
    Start,
    Cancel,
    Validate,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..6, any::<i16>()).prop_map(|(badge, salary)| Op::Create { badge, salary }),
        2 => (any::<u8>(), 0u8..6).prop_map(|(pick, badge)| Op::Modify { pick, badge }),
        1 => any::<u8>().prop_map(|pick| Op::Delete { pick }),
        1 => Just(Op::Start),
        1 => Just(Op::Cancel),
        1 => Just(Op::Validate),
    ]
}

const P: i64 = 1;

proptest! {
    #[test]
    fn failed_saves_and_cancelled_transactions_leave_no_trace(ops in prop::collection::vec(op(), 1..40)) {
        let mut db = Database::new(company_store());
        let s = db.store.structure().clone();
        let t = s.table_named("Employee").unwrap();
        let field = |n: &str| s.tables[t].field_named(n).unwrap();
        let mut snapshots: Vec<Datastore> = Vec::new();
        for op in ops {
            match op {
                Op::Create { badge, salary } => {
                    db.create_record(P, t);
                    db.set_field(P, t, field("lastName"), Datum::text("x"));
                    db.set_field(P, t, field("code"), Datum::text("X"));
                    db.set_field(P, t, field("badge"), Datum::text(&format!("B{badge}")));
                    db.set_field(P, t, field("salary"), Datum::Real(f64::from(salary)));
                    let before = db.store.clone_for_test();
                    if db.save_record(P, t).is_err() {
                        prop_assert!(db.store.same_as(&before));
                        let rec = db.cursor(P, t).record.as_ref().and_then(|r| r.rec);
                        prop_assert_eq!(rec, None);
                    }
                }
                Op::Modify { pick, badge } => {
                    let all = db.store.all_records_for(P, t);
                    if all.is_empty() { continue; }
                    db.set_selection(P, t, all.clone());
                    db.goto_position(P, t, i64::from(pick) % all.len() as i64);
                    db.set_field(P, t, field("badge"), Datum::text(&format!("B{badge}")));
                    let before = db.store.clone_for_test();
                    if db.save_record(P, t).is_err() {
                        prop_assert!(db.store.same_as(&before));
                    }
                }
                Op::Delete { pick } => {
                    let all = db.store.all_records_for(P, t);
                    if all.is_empty() { continue; }
                    db.set_selection(P, t, all.clone());
                    db.goto_position(P, t, i64::from(pick) % all.len() as i64);
                    let before = db.store.records_in_table(t);
                    db.delete_record(P, t).unwrap();
                    prop_assert_eq!(db.store.records_in_table(t), before - 1);
                    prop_assert_eq!(db.cursor(P, t).selection.len(), all.len() - 1);
                }
                Op::Start => {
                    snapshots.push(db.store.clone_for_test());
                    db.store.start_transaction(P);
                }
                Op::Cancel => {
                    if let Some(before) = snapshots.pop() {
                        db.store.cancel_transaction(P).unwrap();
                        db.refresh(P);
                        prop_assert!(db.store.same_as(&before));
                        let sel = db.cursor(P, t).selection.clone();
                        prop_assert!(sel.iter().all(|&r| db.store.exists(t, r)));
                    }
                }
                Op::Validate => {
                    if snapshots.pop().is_some() {
                        db.store.validate_transaction(P).unwrap();
                    }
                }
            }
        }
    }
}
