//! Fixtures: the documented format both ways, located errors, nothing half-loaded.

use super::COMPANY_CATALOG;
use crate::datastore::Datum;
use crate::datastore::error::ERR_BAD_FIXTURES;
use crate::datastore::fixtures::{load, save, to_json};
use crate::datastore::structure::catalog::parse;

const GOOD: &str = r#"{
  "Company": [ {"name": "Acme", "city": "Paris", "revenues": 1.5e6} ],
  "Employee": [
    {"ID": 10, "lastName": "Smith", "firstName": "John", "salary": 3000, "birthDate": "1980-02-29",
     "start": "09:30:00", "employerID": 1, "managerID": null, "extra": {"eyes": "blue", "pets": [1, 2]},
     "active": true, "badge": "A1", "rank": -3, "doc": "AAEC", "code": "X", "big": 9007199254740991},
    {"lastName": "Doe", "code": "Y"}
  ]
}"#;

#[test]
fn loads_the_documented_format_and_saves_it_back() {
    let ds = load(parse(COMPANY_CATALOG).unwrap(), GOOD).expect("fixtures");
    let s = ds.structure().clone();
    let emp = s.table_named("Employee").unwrap();
    assert_eq!(ds.records_in_table(emp), 2);
    let row = ds.read(emp, 0).unwrap();
    assert_eq!(row[0], Datum::Int(10));
    assert_eq!(row[12], Datum::Time(9 * 3600 + 30 * 60));
    assert_eq!(row[14], Datum::Blob(vec![0, 1, 2]));
    // The record without an ID takes the next autoincrement after the highest loaded.
    assert_eq!(ds.read(emp, 1).unwrap()[0], Datum::Int(1));
    let mut ds = ds;
    assert_eq!(ds.sequence_number(emp), 11);
    // Saved and loaded again: the same data.
    let text = crate::json::to_string_pretty(&to_json(&ds));
    let again = load(parse(COMPANY_CATALOG).unwrap(), &text).expect("round trip");
    assert_eq!(again.read(emp, 0).unwrap(), ds.read(emp, 0).unwrap());
    assert_eq!(again.read(emp, 1).unwrap(), ds.read(emp, 1).unwrap());
    let dir = std::env::temp_dir().join(format!("fourd-fixtures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("data.json");
    save(&ds, &path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap().trim_end(), text);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "no temporary file left"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_fixtures_are_located_errors() {
    let cases = [
        (r#"{"Nope": []}"#, "\"Nope\"", "no table"),
        (r#"{"Employee": [{"nope": 1}]}"#, "\"nope\"", "no field"),
        (
            r#"{"Employee": [{"salary": "x", "code": "Y"}]}"#,
            "\"x\"",
            "expected a number",
        ),
        (
            r#"{"Employee": [{"birthDate": "1980-02-30", "code": "Y"}]}"#,
            "\"1980-02-30\"",
            "not a date",
        ),
        (
            r#"{"Employee": [{"rank": 40000, "code": "Y"}]}"#,
            "40000",
            "does not fit",
        ),
        (
            r#"{"Employee": [{"code": "Y", "code": "Z"}]}"#,
            "\"code\": \"Z\"",
            "twice",
        ),
        (
            r#"{"Employee": [{"code": null}]}"#,
            "{\"code\"",
            "rejects null",
        ),
        (
            r#"{"Employee": [{"badge": "A", "code": "Y"}, {"badge": "a", "code": "Y"}]}"#,
            "{\"badge\": \"a\"",
            "Duplicated",
        ),
        (r#"{"Employee": {}}"#, "{}", "array of records"),
        (r#"[1]"#, "[1]", "object of tables"),
        (r#"{"Employee": [}"#, "}", "not JSON"),
    ];
    for (text, at, words) in cases {
        let e = match load(parse(COMPANY_CATALOG).unwrap(), text) {
            Ok(_) => panic!("{text} loaded"),
            Err(e) => e,
        };
        assert_eq!(e.code, ERR_BAD_FIXTURES, "{text}");
        assert!(e.message.contains(words), "{text}: {}", e.message);
        let span = e.span.clone().unwrap();
        assert!(
            text[span.start..].starts_with(at),
            "{text}: {span:?} {}",
            e.message
        );
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Any mutation of good fixtures loads or gives a located error; it never panics.
    #[test]
    fn mutated_fixtures_never_panic(at in 0usize..800, len in 0usize..12, what in 0usize..7) {
        let mut text = GOOD.to_string();
        let mut a = at.min(text.len());
        while !text.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(text.len());
        while !text.is_char_boundary(b) { b -= 1; }
        text.replace_range(a..b, ["", "\"", "1", "null", "{", "é", "\"1999-01-01\""][what]);
        if let Err(e) = load(parse(COMPANY_CATALOG).unwrap(), &text) {
            proptest::prop_assert!(e.span.is_some());
        }
    }
}
