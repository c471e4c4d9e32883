//! Query robustness: any query string gives a result or a located error, and an indexed
//! field answers every comparison exactly as a scan of the same values does.

use super::*;
use crate::datastore::query::Cmp;
use crate::datastore::query::exec::matches_value;
use crate::datastore::{Conjunction, Criterion, QueryArg, QueryParams};
use proptest::prelude::*;

fn fragment() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "lastName",
        "salary",
        "manager.",
        "employer.name",
        "extra.a[].b",
        "(",
        ")",
        "=",
        "==",
        "===",
        "!=",
        "#",
        "<",
        ">=",
        "%",
        " and ",
        " or ",
        " not ",
        "IN",
        "IS",
        "IS NOT",
        " order by ",
        " desc",
        ",",
        "'x@'",
        "'é'",
        ":1",
        ":2",
        ":p",
        "eval(",
        "true",
        "null",
        "12.5",
        "-3",
        "[",
        "]",
        "'",
        "\"",
        "{2}",
        " ",
        "&&",
        "||",
        "1980-01-01",
    ])
}

/// Values that exercise collation and wildcards.
fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "", "a", "A", "é", "É", "ab", "aB", "abc", "Abd", "b", "ß", "ss", "œuf", "oeuf", "z",
        "Zoé", "zoe", "@", "a@", "@b", "a@c", "é@",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn query_strings_never_panic(parts in proptest::collection::vec(fragment(), 0..12)) {
        let ds = company_store();
        let text: String = parts.concat();
        let params = QueryParams {
            values: vec![QueryArg::Value(Datum::text("x")), QueryArg::Formula(1)],
            parameters: vec![("p".into(), QueryArg::Value(Datum::Real(1.0)))],
            ..Default::default()
        };
        if let Err(e) = ds.query_orda(1, 1, &text, &params, None, &mut |_, _, _| Ok(true)) {
            let span = e.span.expect("located");
            prop_assert!(span.start <= text.len() && span.end <= text.len());
        }
    }

    #[test]
    fn indexed_text_comparisons_agree_with_a_scan(
        names in proptest::collection::vec(word(), 1..20),
        probe in word(),
        cmp in prop::sample::select(vec![Cmp::Eq, Cmp::Ne, Cmp::Lt, Cmp::Le, Cmp::Gt, Cmp::Ge, Cmp::StrictEq]),
    ) {
        let mut ds = company_store();
        let emp = 1;
        for n in &names {
            let v = employee(&ds, n, "f", 1.0, 1, None);
            ds.create(1, emp, v).unwrap();
        }
        // lastName (1) is indexed; notes (7) is not: put the same values in both.
        for r in ds.all_records(emp) {
            let mut row = ds.read(emp, r).unwrap();
            row[7] = row[1].clone();
            ds.update(1, emp, r, row, None).unwrap();
        }
        let crit = |field| vec![Criterion { conjunction: Conjunction::And, table: emp, field, cmp, value: Datum::text(&probe) }];
        let indexed = ds.query_criteria(1, emp, &crit(1), None).unwrap();
        let scanned = ds.query_criteria(1, emp, &crit(7), None).unwrap();
        prop_assert_eq!(&indexed, &scanned);
        // And both agree with the comparison rule itself.
        let col = &ds.tables[emp].columns[7];
        let by_rule: Vec<u32> = ds.all_records(emp).into_iter().filter(|&r| match cmp {
            Cmp::Ne => !matches_value(col, r, Cmp::Eq, &Datum::text(&probe)),
            c => matches_value(col, r, c, &Datum::text(&probe)),
        }).collect();
        prop_assert_eq!(&indexed, &by_rule);
    }

    #[test]
    fn indexed_real_comparisons_agree_with_a_scan(
        salaries in proptest::collection::vec(-5i32..5, 1..20),
        probe in -6i32..6,
        tiny in 0u8..3,
        cmp in prop::sample::select(vec![Cmp::Eq, Cmp::Ne, Cmp::Lt, Cmp::Le, Cmp::Gt, Cmp::Ge]),
    ) {
        let mut ds = company_store();
        let emp = 1;
        for s in &salaries {
            // Values within ε of an integer test `=` with 4D's epsilon.
            let v = employee(&ds, "n", "f", f64::from(*s) + f64::from(tiny) * 4e-7, 1, None);
            ds.create(1, emp, v).unwrap();
        }
        // salary (3) is indexed.
        let crit = |field| vec![Criterion { conjunction: Conjunction::And, table: emp, field, cmp, value: Datum::Real(f64::from(probe)) }];
        let indexed = ds.query_criteria(1, emp, &crit(3), None).unwrap();
        let col = &ds.tables[emp].columns[3];
        let by_rule: Vec<u32> = ds.all_records(emp).into_iter().filter(|&r| match cmp {
            Cmp::Ne => !matches_value(col, r, Cmp::Eq, &Datum::Real(f64::from(probe))),
            c => matches_value(col, r, c, &Datum::Real(f64::from(probe))),
        }).collect();
        prop_assert_eq!(indexed, by_rule);
    }
}
