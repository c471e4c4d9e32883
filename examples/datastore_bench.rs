//! The datastore engine's benchmark (issue 17): a table of 1,000,000 records (id, name,
//! city, salary, hire date) built by code through the checked save path, then the issue's
//! query steps. Prints one line per step: name, milliseconds, checksum. Its twin is
//! `scripts/bench/db-engine/sqlite_twin.py`, which must print the same checksums.
//!
//! `cargo run --release --example datastore_bench [-- N]` (N records, default 1,000,000).

use fourd::datastore::query::OrderKey;
use fourd::datastore::structure::catalog;
use fourd::datastore::{Cmp, Conjunction, Criterion, Datastore, Datum, QueryArg, QueryParams};
use std::time::Instant;

const CATALOG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<base name="Bench">
	<table name="Emp" id="1">
		<field name="id" uuid="F1" type="4" unique="true" never_null="true" id="1"/>
		<field name="name" uuid="F2" type="10" limiting_length="40" never_null="true" id="2"/>
		<field name="city" uuid="F3" type="10" limiting_length="40" never_null="true" id="3"/>
		<field name="salary" uuid="F4" type="6" never_null="true" id="4"/>
		<field name="hired" uuid="F5" type="8" never_null="true" id="5"/>
		<primary_key field_name="id" field_uuid="F1"/>
	</table>
	<index kind="regular" type="7"><field_ref uuid="F1" name="id"><table_ref name="Emp"/></field_ref></index>
	<index kind="regular" type="1"><field_ref uuid="F2" name="name"><table_ref name="Emp"/></field_ref></index>
	<index kind="regular" type="1"><field_ref uuid="F3" name="city"><table_ref name="Emp"/></field_ref></index>
	<index kind="regular" type="1"><field_ref uuid="F4" name="salary"><table_ref name="Emp"/></field_ref></index>
</base>"#;

const FIRST: [&str; 8] = [
    "John", "Jane", "Joe", "Anna", "Mark", "Lucy", "Paul", "Nina",
];
const CITIES: [&str; 10] = [
    "Paris", "Lyon", "Nantes", "Lille", "Nice", "Brest", "Dijon", "Metz", "Tours", "Caen",
];
const MOD: u64 = 1_000_000_007;

/// Σ (position+1) × id, modulo 10⁹+7: the same in the twin.
fn checksum(ds: &Datastore, recs: &[u32]) -> u64 {
    recs.iter().enumerate().fold(0, |acc, (i, &r)| {
        let Ok(Datum::Int(id)) = ds.value(0, r, 0) else {
            return acc;
        };
        (acc + (i as u64 + 1) * id as u64 % MOD) % MOD
    })
}

fn step(name: &str, start: Instant, sum: u64) {
    println!(
        "{name:<14} {:>9.1} ms  {sum}",
        start.elapsed().as_secs_f64() * 1000.0
    );
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let total = Instant::now();
    let t = Instant::now();
    let mut ds = Datastore::new(catalog::parse(CATALOG).expect("catalog"));
    let base = fourd::conv::Date4D::new(2000, 1, 1).unwrap();
    for i in 0..n {
        let values = vec![
            Datum::Int(i as i64 + 1),
            Datum::text(&format!(
                "{}{}",
                FIRST[(i % 8) as usize],
                (i * 7919) % 100_003
            )),
            Datum::text(CITIES[(i % 10) as usize]),
            Datum::Real((20_000 + (i * 7919) % 80_000) as f64),
            Datum::Date(base.add_days(((i * 31) % 9_000) as i64)),
        ];
        ds.create(1, 0, values).expect("save");
    }
    step("build", t, ds.records_in_table(0) as u64);

    let crit = |field, cmp, value| Criterion {
        conjunction: Conjunction::And,
        table: 0,
        field,
        cmp,
        value,
    };
    let t = Instant::now();
    let r = ds
        .query_criteria(1, 0, &[crit(2, Cmp::Eq, Datum::text("Paris"))], None)
        .unwrap();
    step("eq-indexed", t, checksum(&ds, &r));

    let t = Instant::now();
    let range = ds
        .query_criteria(
            1,
            0,
            &[
                crit(3, Cmp::Ge, Datum::Real(50_000.0)),
                crit(3, Cmp::Lt, Datum::Real(60_000.0)),
            ],
            None,
        )
        .unwrap();
    step("range-indexed", t, checksum(&ds, &range));

    let t = Instant::now();
    let r = ds
        .query_criteria(1, 0, &[crit(1, Cmp::Eq, Datum::text("Jo@"))], None)
        .unwrap();
    step("prefix-indexed", t, checksum(&ds, &r));

    let t = Instant::now();
    let since = fourd::conv::Date4D::new(2020, 1, 1).unwrap();
    let r = ds
        .query_criteria(1, 0, &[crit(4, Cmp::Gt, Datum::Date(since))], None)
        .unwrap();
    step("unindexed", t, checksum(&ds, &r));

    let t = Instant::now();
    let mut all = ds.all_records(0);
    let keys = [
        OrderKey {
            path: vec![],
            field: 2,
            descending: false,
        },
        OrderKey {
            path: vec![],
            field: 3,
            descending: true,
        },
    ];
    ds.order_records(0, &mut all, &keys).unwrap();
    step("order-by-2", t, checksum(&ds, &all));

    let t = Instant::now();
    let names = ds.column_values(0, 1, &range).unwrap();
    let salaries = ds.column_values(0, 3, &range).unwrap();
    let sum =
        names.len() as u64 + salaries.iter().filter_map(Datum::as_f64).sum::<f64>() as u64 % MOD;
    step("sel-to-array", t, sum);

    let t = Instant::now();
    let params = QueryParams {
        values: vec![
            QueryArg::Value(Datum::text("Lyon")),
            QueryArg::Value(Datum::Real(70_000.0)),
        ],
        ..Default::default()
    };
    let mut out = ds
        .query_orda(
            1,
            0,
            "city = :1 and salary > :2",
            &params,
            None,
            &mut |_, _, _| Ok(false),
        )
        .unwrap();
    ds.order_records(
        0,
        &mut out.records,
        &[OrderKey {
            path: vec![],
            field: 1,
            descending: false,
        }],
    )
    .unwrap();
    let rows: Vec<(Datum, Datum)> = out
        .records
        .iter()
        .map(|&r| (ds.value(0, r, 0).unwrap(), ds.value(0, r, 1).unwrap()))
        .collect();
    step(
        "orda-chain",
        t,
        checksum(&ds, &out.records) + rows.len() as u64,
    );

    let t = Instant::now();
    let everything = ds.all_records(0);
    let s = ds.sum(0, 3, &everything);
    step("sum", t, s as u64);

    step("total", total, 0);
    eprintln!("engine heap: {:.1} MB", ds.heap_bytes() as f64 / 1e6);
}
