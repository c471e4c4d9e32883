//! Queries against the docs: `commands-legacy/query.md` (classic) and
//! `docs/API/DataClassClass.md` `.query()` (ORDA).

use super::classic::{Conjunction, Criterion};
use super::plan::{QueryArg, QueryParams};
use super::*;
use crate::datastore::error::*;
use crate::datastore::tests::{company_store, employee};
use crate::datastore::{Datastore, Datum};
use crate::json::parse as json;

/// Three companies and six employees.
fn sample() -> (Datastore, usize, usize) {
    let mut ds = company_store();
    let s = ds.structure().clone();
    let (co, emp) = (
        s.table_named("Company").unwrap(),
        s.table_named("Employee").unwrap(),
    );
    for (name, city, rev) in [
        ("Acme", "Paris", 5e6),
        ("Lima West Kilo", "Lyon", 2e7),
        ("Zeta", "Paris", 1e5),
    ] {
        let mut c = ds.blank_record(co);
        c[1] = Datum::text(name);
        c[2] = Datum::Real(rev);
        c[3] = Datum::text(city);
        ds.create(1, co, c).unwrap();
    }
    let people = [
        ("Smith", "John", 30000.0, 1, None),
        ("smith", "Kim", 45000.0, 1, Some(1)),
        ("Martin", "Dixie", 52000.0, 2, Some(1)),
        ("Durand", "Rémi", 61000.0, 2, Some(3)),
        ("Ségal", "Anne", 28000.0, 3, None),
        ("Sanchez", "Kim", 75000.0, 3, Some(4)),
    ];
    for (last, first, salary, employer, manager) in people {
        let v = employee(&ds, last, first, salary, employer, manager);
        ds.create(1, emp, v).unwrap();
    }
    (ds, co, emp)
}

fn names(ds: &Datastore, emp: usize, recs: &[u32]) -> Vec<String> {
    recs.iter()
        .map(|&r| ds.value(emp, r, 1).unwrap().as_str().unwrap().to_string())
        .collect()
}

fn q(ds: &Datastore, table: usize, text: &str, values: Vec<QueryArg>) -> Vec<u32> {
    let params = QueryParams {
        values,
        ..Default::default()
    };
    ds.query_orda(1, table, text, &params, None, &mut |_, _, _| Ok(false))
        .unwrap()
        .records
}

fn v(d: Datum) -> QueryArg {
    QueryArg::Value(d)
}

#[test]
fn classic_equal_is_case_and_accent_insensitive_with_wildcards() {
    // query.md example 5: "Smith" finds "Smith", "smith", "SMITH"; example 3: "a@" starts with.
    let (ds, _, emp) = sample();
    let crit = |value: &str, cmp| {
        vec![Criterion {
            conjunction: Conjunction::And,
            table: emp,
            field: 1,
            cmp,
            value: Datum::text(value),
        }]
    };
    let r = ds
        .query_criteria(1, emp, &crit("SMITH", Cmp::Eq), None)
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Smith", "smith"]);
    let r = ds
        .query_criteria(1, emp, &crit("s@", Cmp::Eq), None)
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Smith", "smith", "Ségal", "Sanchez"]);
    let r = ds
        .query_criteria(1, emp, &crit("@i@", Cmp::Eq), None)
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Smith", "smith", "Martin"]);
    let r = ds
        .query_criteria(1, emp, &crit("segal", Cmp::Eq), None)
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Ségal"]);
    // example 11: [People]Name<"n" finds A to M.
    let r = ds
        .query_criteria(1, emp, &crit("n", Cmp::Lt), None)
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Martin", "Durand"]);
}

#[test]
fn classic_conjunctions_run_left_to_right() {
    // query.md examples 4, 8, 16: | adds, & narrows; # (except) removes.
    let (ds, _, emp) = sample();
    let c = |conjunction, field, cmp, value| Criterion {
        conjunction,
        table: emp,
        field,
        cmp,
        value,
    };
    let r = ds
        .query_criteria(
            1,
            emp,
            &[
                c(Conjunction::And, 3, Cmp::Ge, Datum::Real(30000.0)),
                c(Conjunction::And, 3, Cmp::Lt, Datum::Real(61000.0)),
            ],
            None,
        )
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Smith", "smith", "Martin"]);
    let r = ds
        .query_criteria(
            1,
            emp,
            &[
                c(Conjunction::And, 1, Cmp::Eq, Datum::text("martin")),
                c(Conjunction::Or, 1, Cmp::Eq, Datum::text("durand")),
                c(Conjunction::Except, 2, Cmp::Eq, Datum::text("rémi")),
            ],
            None,
        )
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Martin"]);
    // QUERY SELECTION: within the current selection only.
    let r = ds
        .query_criteria(
            1,
            emp,
            &[c(Conjunction::And, 2, Cmp::Eq, Datum::text("Kim"))],
            Some(&[0, 1, 2]),
        )
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["smith"]);
}

#[test]
fn classic_field_of_a_related_table() {
    // query.md example 10: a field of the related One table ([Company]city for [Employee]),
    // and example 18: the other direction.
    let (ds, co, emp) = sample();
    let r = ds
        .query_criteria(
            1,
            emp,
            &[Criterion {
                conjunction: Conjunction::And,
                table: co,
                field: 3,
                cmp: Cmp::Eq,
                value: Datum::text("paris"),
            }],
            None,
        )
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["Smith", "smith", "Ségal", "Sanchez"]);
    let r = ds
        .query_criteria(
            1,
            co,
            &[Criterion {
                conjunction: Conjunction::And,
                table: emp,
                field: 3,
                cmp: Cmp::Gt,
                value: Datum::Real(60000.0),
            }],
            None,
        )
        .unwrap();
    assert_eq!(r.len(), 2);
}

#[test]
fn classic_keyword_and_query_with_array() {
    let (mut ds, _, emp) = sample();
    let mut rec = ds.read(emp, 0).unwrap();
    rec[7] = Datum::text("Software and Computers");
    ds.update(1, emp, 0, rec, None).unwrap();
    // query.md "%": keyword search; compare.md: "comput@" matches a word prefix.
    let r = ds
        .query_criteria(
            1,
            emp,
            &[Criterion {
                conjunction: Conjunction::And,
                table: emp,
                field: 7,
                cmp: Cmp::Keyword,
                value: Datum::text("comput@"),
            }],
            None,
        )
        .unwrap();
    assert_eq!(r, [0]);
    let r = ds
        .query_with_array(1, emp, emp, 2, &[Datum::text("kim"), Datum::text("anne")])
        .unwrap();
    assert_eq!(names(&ds, emp, &r), ["smith", "Ségal", "Sanchez"]);
}

#[test]
fn orda_comparators_and_placeholders() {
    let (ds, _, emp) = sample();
    // DataClassClass.md example 1: "firstName = 'S@'"-style wildcards, `==`, `===`, `IS`.
    assert_eq!(
        names(&ds, emp, &q(&ds, emp, "lastName = 's@'", vec![])),
        ["Smith", "smith", "Ségal", "Sanchez"]
    );
    assert_eq!(q(&ds, emp, "lastName === 's@'", vec![]).len(), 0);
    assert_eq!(
        names(
            &ds,
            emp,
            &q(&ds, emp, "lastName IS :1", vec![v(Datum::text("MARTIN"))])
        ),
        ["Martin"]
    );
    // "(firstName = :1 or firstName = :2) and (lastName = :3 or lastName = :4)"
    let r = q(
        &ds,
        emp,
        "(firstName = :1 or firstName = :2) and (lastName = :3 or lastName = :4)",
        vec![
            v(Datum::text("D@")),
            v(Datum::text("K@")),
            v(Datum::text("M@")),
            v(Datum::text("S@")),
        ],
    );
    assert_eq!(names(&ds, emp, &r), ["smith", "Martin", "Sanchez"]);
    // not(...) and !=, and the bare word value of "not(firstName=Kim)".
    assert_eq!(q(&ds, emp, "not(firstName=Kim)", vec![]).len(), 4);
    assert_eq!(q(&ds, emp, "firstName != 'kim'", vec![]).len(), 4);
    assert_eq!(
        q(&ds, emp, "salary > 50000 && salary <= 61000", vec![]).len(),
        2
    );
    assert_eq!(
        q(&ds, emp, "salary < 30000 || salary >= 75000", vec![]).len(),
        2
    );
    // IN with a collection, and in a literal list.
    let list = QueryArg::List(vec![v(Datum::text("Kim")), v(Datum::text("Dixie"))]);
    assert_eq!(q(&ds, emp, "firstName in :1", vec![list.clone()]).len(), 3);
    assert_eq!(q(&ds, emp, "not (firstName in :1)", vec![list]).len(), 3);
    assert_eq!(
        q(&ds, emp, "firstName IN ['Anne', 'Rémi']", vec![]).len(),
        2
    );
    // null: "managerID = null" finds the records without a manager.
    assert_eq!(q(&ds, emp, "managerID = null", vec![]).len(), 2);
    assert_eq!(q(&ds, emp, "managerID != null", vec![]).len(), 4);
}

#[test]
fn orda_named_placeholders_and_attribute_paths() {
    // DataClassClass.md: querySettings.parameters / attributes, and :1 as an attribute path.
    let (ds, _, emp) = sample();
    let params = QueryParams {
        parameters: vec![
            ("who".into(), v(Datum::text("kim"))),
            (
                "extra".into(),
                QueryArg::Object(vec![("name".into(), v(Datum::text("Sanchez")))]),
            ),
        ],
        attributes: vec![("att".into(), vec!["firstName".into()])],
        ..Default::default()
    };
    let r = ds
        .query_orda(
            1,
            emp,
            ":att = :who and lastName = :extra.name",
            &params,
            None,
            &mut |_, _, _| Ok(false),
        )
        .unwrap();
    assert_eq!(names(&ds, emp, &r.records), ["Sanchez"]);
    let r = q(&ds, emp, ":1 = 'anne'", vec![v(Datum::text("firstName"))]);
    assert_eq!(names(&ds, emp, &r), ["Ségal"]);
}

#[test]
fn orda_relation_paths_are_any_of() {
    let (ds, co, emp) = sample();
    // "lastName = :1 and manager.lastName = :2" (DataClassClass.md example 1).
    let r = q(
        &ds,
        emp,
        "firstName = :1 and manager.lastName = :2",
        vec![v(Datum::text("K@")), v(Datum::text("Durand"))],
    );
    assert_eq!(names(&ds, emp, &r), ["Sanchez"]);
    assert_eq!(
        names(
            &ds,
            emp,
            &q(&ds, emp, "employer.name = 'Lima West Kilo'", vec![])
        ),
        ["Martin", "Durand"]
    );
    // One-to-many: companies with at least one employee earning more than 60000.
    assert_eq!(q(&ds, co, "staff.salary > 60000", vec![]).len(), 2);
    // != on a relation path: companies where no employee is called Kim.
    assert_eq!(q(&ds, co, "staff.firstName != 'kim'", vec![]), [1]);
    // Two hops: employees whose manager works in Lyon (Martin and Durand do).
    assert_eq!(
        names(
            &ds,
            emp,
            &q(&ds, emp, "manager.employer.city = 'Lyon'", vec![])
        ),
        ["Durand", "Sanchez"]
    );
}

#[test]
fn orda_order_by_in_the_query_string() {
    // "nationality = :1 order by campus.name desc, lastname" (DataClassClass.md example 1).
    let (ds, _, emp) = sample();
    let params = QueryParams::default();
    let out = ds
        .query_orda(
            1,
            emp,
            "salary > 0 order by employer.name desc, lastName",
            &params,
            None,
            &mut |_, _, _| Ok(false),
        )
        .unwrap();
    assert!(out.ordered);
    assert_eq!(
        names(&ds, emp, &out.records),
        ["Sanchez", "Ségal", "Durand", "Martin", "Smith", "smith"]
    );
}

#[test]
fn orda_object_paths_and_collections() {
    // "extra.eyeColor = :1" and "extraInfo.hobbies[].name = :1" (DataClassClass.md).
    let (mut ds, _, emp) = sample();
    let objects = [
        r#"{"eyeColor":"blue","hobbies":[{"name":"tennis","level":2},{"name":"chess","level":5}]}"#,
        r#"{"eyeColor":"Brown","hobbies":[{"name":"chess","level":1}]}"#,
    ];
    for (rec, text) in objects.iter().enumerate() {
        let mut row = ds.read(emp, rec as u32).unwrap();
        row[8] = Datum::Object(json(text).unwrap());
        ds.update(1, emp, rec as u32, row, None).unwrap();
    }
    assert_eq!(
        q(
            &ds,
            emp,
            "extra.eyeColor = :1",
            vec![v(Datum::text("BLUE"))]
        ),
        [0]
    );
    assert_eq!(
        q(&ds, emp, "extra.hobbies[].name = 'chess'", vec![]),
        [0, 1]
    );
    assert_eq!(q(&ds, emp, "extra.hobbies[].level >= 5", vec![]), [0]);
    // "not equal" over a collection: no element equals it; with [a]: some element differs.
    assert_eq!(
        q(&ds, emp, "extra.hobbies[].name != 'tennis'", vec![]),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(q(&ds, emp, "extra.hobbies[a].name != 'chess'", vec![]), [0]);
}

#[test]
fn orda_formulas_go_through_the_callback() {
    let (ds, _, emp) = sample();
    let mut asked = Vec::new();
    let planned = ds
        .query_plan(
            emp,
            "eval(Length(This.lastName)>5) and salary > 40000",
            &QueryParams::default(),
        )
        .unwrap();
    assert_eq!(planned.eval_texts, ["Length(This.lastName)>5"]);
    let out = ds
        .run_planned(1, emp, &planned, None, &mut |n, t, r| {
            asked.push(r);
            Ok(n == plan::EVAL_BASE
                && ds.value(t, r, 1).unwrap().as_str().unwrap().chars().count() > 5)
        })
        .unwrap();
    assert_eq!(
        names(&ds, emp, &out.records),
        ["Martin", "Durand", "Sanchez"]
    );
    // The indexed salary condition ran first: the formula saw only 4 records.
    assert_eq!(asked.len(), 4);
    let forbid = QueryParams {
        forbid_formulas: true,
        ..Default::default()
    };
    let e = ds.query_plan(emp, "eval(true)", &forbid).unwrap_err();
    assert_eq!(e.code, ERR_FORMULA_NOT_ALLOWED);
    let with_formula = QueryParams {
        values: vec![QueryArg::Formula(7)],
        ..Default::default()
    };
    let out = ds
        .query_orda(
            1,
            emp,
            ":1 and firstName = 'kim'",
            &with_formula,
            None,
            &mut |n, _, r| Ok(n == 7 && r == 5),
        )
        .unwrap();
    assert_eq!(out.records, [5]);
}

#[test]
fn orda_syntax_errors_are_located() {
    let (ds, _, emp) = sample();
    let cases = [
        ("lastName = ", 11, "expected a value"),
        ("lastName 'x'", 9, "expected a comparator"),
        ("(lastName = 'x'", 0, "never closed"),
        ("lastName = 'x", 11, "never closed"),
        ("lastName = \"x\"", 11, "single quotes"),
        ("nope = 1", 0, "not an attribute"),
        ("lastName = :3", 11, "no value"),
        ("lastName = 'x' order salary", 21, "`by`"),
        ("", 0, "empty"),
        ("employer = 1", 0, "relation"),
    ];
    for (text, at, words) in cases {
        let e = ds
            .query_plan(emp, text, &QueryParams::default())
            .unwrap_err();
        assert_eq!(e.code, ERR_QUERY_SYNTAX, "{text}");
        assert_eq!(
            e.span.as_ref().map(|s| s.start),
            Some(at),
            "{text}: {}",
            e.message
        );
        assert!(e.message.contains(words), "{text}: {}", e.message);
    }
}

#[test]
fn queries_agree_with_a_scan_on_indexed_and_unindexed_fields() {
    let (ds, _, emp) = sample();
    // lastName is indexed, firstName is not: the same kinds of conditions must agree.
    for text in [
        "= 's@'",
        "< 'n'",
        ">= 'Martin'",
        "= 'smith'",
        "# 'smith'",
        "<= 'S@'",
    ] {
        let a = q(&ds, emp, &format!("lastName {text}"), vec![]);
        let scan: Vec<u32> = ds
            .all_records(emp)
            .into_iter()
            .filter(|&r| {
                let col = &ds.tables[emp].columns[1];
                let pred = super::parse::parse(&format!("lastName {text}")).unwrap();
                let planned =
                    super::plan::plan(ds.structure(), emp, &pred, &QueryParams::default()).unwrap();
                match planned.pred {
                    Pred::Field { cmp, value, .. } => exec::matches_value(col, r, cmp, &value),
                    Pred::Not(inner) => match *inner {
                        Pred::Field { cmp, value, .. } => !exec::matches_value(col, r, cmp, &value),
                        _ => unreachable!(),
                    },
                    _ => unreachable!(),
                }
            })
            .collect();
        assert_eq!(a, scan, "{text}");
    }
}

#[test]
fn order_by_several_levels_is_stable() {
    // order-by.md example 7: Type ascending, Price descending.
    let (ds, _, emp) = sample();
    let mut recs = ds.all_records(emp);
    ds.order_records(
        emp,
        &mut recs,
        &[
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
        ],
    )
    .unwrap();
    assert_eq!(
        names(&ds, emp, &recs),
        ["Ségal", "Martin", "Smith", "Sanchez", "smith", "Durand"]
    );
    // Equal keys keep their order: "Smith" and "smith" are equal by collation.
    let mut recs = ds.all_records(emp);
    ds.order_records(
        emp,
        &mut recs,
        &[OrderKey {
            path: vec![],
            field: 1,
            descending: false,
        }],
    )
    .unwrap();
    assert_eq!(
        names(&ds, emp, &recs),
        ["Durand", "Martin", "Sanchez", "Ségal", "Smith", "smith"]
    );
}

#[test]
fn statistics_and_distinct_values() {
    let (ds, _, emp) = sample();
    let all = ds.all_records(emp);
    assert_eq!(ds.sum(emp, 3, &all), 291000.0);
    assert_eq!(ds.average(emp, 3, &all), 48500.0);
    assert_eq!(ds.min(emp, 3, &all), Some(Datum::Real(28000.0)));
    assert_eq!(ds.max(emp, 1, &all), Some(Datum::text("Smith")));
    assert_eq!(ds.average(emp, 3, &[]), 0.0);
    let d = ds.distinct_values(emp, 1, &all);
    assert_eq!(d.len(), 5);
    assert_eq!(ds.distinct_values(emp, 2, &all).len(), 5);
}

#[test]
fn relate_one_and_many() {
    // commands-legacy/relate-one.md / relate-many.md: the One record of a Many record, and
    // the Many records of a One record.
    let (ds, co, emp) = sample();
    let s = ds.structure().clone();
    let employer = s.link_named(emp, "employer").unwrap();
    assert_eq!(ds.related(employer, 3), [1]);
    let staff = s.link_named(co, "staff").unwrap();
    assert_eq!(names(&ds, emp, &ds.related(staff, 2)), ["Ségal", "Sanchez"]);
    let manager = s.link_named(emp, "manager").unwrap();
    assert_eq!(ds.related(manager, 0), Vec::<u32>::new());
    assert_eq!(ds.related_selection(employer, &[0, 1, 2, 3]), [0, 1]);
}

#[test]
fn a_field_of_an_unrelated_table_is_an_error() {
    // commands-legacy/query.md: the field must be of the table or of a related table.
    let mut text = crate::datastore::tests::COMPANY_CATALOG.to_string();
    while let Some(start) = text.find("<relation ") {
        let end = text[start..].find("</relation>").unwrap() + start + "</relation>".len();
        text.replace_range(start..end, "");
    }
    let ds = Datastore::new(crate::datastore::structure::catalog::parse(&text).unwrap());
    let crit = Criterion {
        conjunction: Conjunction::And,
        table: 0,
        field: 1,
        cmp: Cmp::Eq,
        value: Datum::text("x"),
    };
    let e = ds.query_criteria(1, 1, &[crit], None).unwrap_err();
    assert_eq!(e.code, ERR_UNRELATED_FIELD);
    assert!(
        e.message
            .contains("[Company]name is not a field of [Employee]"),
        "{}",
        e.message
    );
    // A value of the wrong kind for the field.
    let crit = Criterion {
        conjunction: Conjunction::And,
        table: 1,
        field: 4,
        cmp: Cmp::Eq,
        value: Datum::Bool(true),
    };
    assert_eq!(
        ds.query_criteria(1, 1, &[crit], None).unwrap_err().code,
        ERR_QUERY_SYNTAX
    );
}

#[test]
fn order_by_text_and_paths() {
    // EntitySelectionClass.md .orderBy("attr asc, attr2 desc") and {propertyPath; descending}.
    let (ds, _, emp) = sample();
    let keys = plan::plan_order(ds.structure(), emp, "employer.name desc, lastName").unwrap();
    let mut recs = ds.all_records(emp);
    ds.order_records(emp, &mut recs, &keys).unwrap();
    assert_eq!(
        names(&ds, emp, &recs),
        ["Sanchez", "Ségal", "Durand", "Martin", "Smith", "smith"]
    );
    let key = plan::order_key_for_path(ds.structure(), emp, "salary", true).unwrap();
    let mut recs = ds.all_records(emp);
    ds.order_records(emp, &mut recs, &[key]).unwrap();
    assert_eq!(names(&ds, emp, &recs)[0], "Sanchez");
    assert!(plan::plan_order(ds.structure(), emp, "staff.name").is_err());
    assert_eq!(
        plan::plan_order(ds.structure(), emp, "lastName up")
            .unwrap_err()
            .span,
        Some(9..11)
    );
}

#[test]
fn query_plan_describes_index_use_and_joins() {
    // DataClassClass.md, "About queryPlan and queryPath": the example's shape.
    let (ds, _, emp) = sample();
    let p = ds
        .query_plan(
            emp,
            "salary < :1 and employer.name = :2 or notes = 'x'",
            &QueryParams {
                values: vec![v(Datum::Real(50000.0)), v(Datum::text("Lima West Kilo"))],
                ..Default::default()
            },
        )
        .unwrap();
    let text = crate::json::to_string(&ds.describe_plan(emp, &p.pred));
    assert_eq!(
        text,
        r#"{"Or":[{"And":[{"item":"[index : Employee.salary ] < 50000"},{"item":"Join on Table : Company : Employee.employerID = Company.ID","subquery":[{"item":"Company.name = Lima West Kilo"}]}]},{"item":"Employee.notes = x"}]}"#
    );
}

#[test]
fn hostile_nesting_is_an_error_not_a_stack_overflow() {
    let (ds, _, emp) = sample();
    let deep = format!(
        "{}lastName = 'x'{}",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let e = ds
        .query_plan(emp, &deep, &QueryParams::default())
        .unwrap_err();
    assert_eq!(e.code, ERR_QUERY_SYNTAX);
    let nots = format!("{}lastName = 'x'", "not ".repeat(100_000));
    assert!(ds.query_plan(emp, &nots, &QueryParams::default()).is_err());
    let path = format!("{}lastName = 'x'", "manager.".repeat(10_000));
    assert!(ds.query_plan(emp, &path, &QueryParams::default()).is_err());
    // As a placeholder attribute path too.
    let long = QueryArg::Value(Datum::text(&format!(
        "{}lastName",
        "manager.".repeat(10_000)
    )));
    let e = ds
        .query_plan(
            emp,
            ":1 = 'x'",
            &QueryParams {
                values: vec![long],
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(e.message.contains("at most"), "{}", e.message);
    // Within the limits, nesting works.
    let ok = format!("{}lastName = 'smith'{}", "(".repeat(50), ")".repeat(50));
    assert_eq!(q(&ds, emp, &ok, vec![]).len(), 2);
}
