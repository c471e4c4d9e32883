//! Catalog reading: real catalog shapes, every malformation as a located error, and random
//! mutations of a good catalog that must never panic.

use super::catalog::parse;
use super::*;
use crate::datastore::error::ERR_INVALID_STRUCTURE;
use crate::datastore::tests::COMPANY_CATALOG;

#[test]
fn reads_tables_fields_keys_indexes_and_relations() {
    let s = parse(COMPANY_CATALOG).expect("catalog");
    assert_eq!(s.tables.len(), 2);
    let emp = s.table_named("Employee").unwrap();
    let t = &s.tables[emp];
    assert_eq!(t.number, 2);
    let id = t.field_named("ID").unwrap();
    assert_eq!(t.primary_key, Some(id));
    let f = &t.fields[id];
    assert!(f.unique && f.autosequence && f.not_null);
    assert_eq!(f.kind, FieldType::Longint);
    assert_eq!(f.index, Some(IndexKind::Automatic));
    let name = &t.fields[t.field_named("lastName").unwrap()];
    // type 10 with a length is Alpha (`Is alpha field` 0); without one, Text (2).
    assert_eq!(name.kind, FieldType::Alpha);
    assert_eq!(name.kind.is_constant(), 0);
    assert_eq!(name.limiting_length, Some(40));
    assert!(name.never_null);
    let notes = &t.fields[t.field_named("notes").unwrap()];
    assert_eq!(notes.kind, FieldType::Text);
    assert_eq!(notes.kind.is_constant(), 2);
    assert_eq!(s.relations.len(), 2);
    let link = s.link_named(emp, "employer").unwrap();
    assert_eq!(link.direction, Direction::ManyToOne);
    let company = s.table_named("Company").unwrap();
    let back = s.link_named(company, "staff").unwrap();
    assert_eq!(back.direction, Direction::OneToMany);
    assert_eq!(s.last_table_number(), 2);
    assert_eq!(t.last_field_number(), 17);
}

#[test]
fn byte_order_mark_and_doctype_are_accepted() {
    let text = format!("\u{FEFF}{COMPANY_CATALOG}");
    assert!(parse(&text).is_ok());
}

fn error_of(text: &str) -> crate::datastore::error::DbError {
    let e = parse(text).expect_err("must fail");
    assert_eq!(e.code, ERR_INVALID_STRUCTURE);
    let span = e.span.clone().expect("located");
    assert!(
        span.start <= text.len() && span.end <= text.len(),
        "{span:?}"
    );
    e
}

#[test]
fn malformed_catalogs_are_located_errors() {
    let e = error_of("<base><table name=\"A\" id=\"1\"></base>");
    assert!(e.message.contains("not well-formed"), "{}", e.message);

    let bad_type = COMPANY_CATALOG.replacen("type=\"6\"", "type=\"99\"", 1);
    let e = error_of(&bad_type);
    assert!(e.message.contains("unknown field type 99"), "{}", e.message);
    let at = e.span.unwrap().start;
    assert!(bad_type[at..].starts_with("type=\"99\""));

    let dup_table = COMPANY_CATALOG.replacen("name=\"Company\"", "name=\"Employee\"", 1);
    assert!(
        error_of(&dup_table)
            .message
            .contains("two tables are named")
    );

    let dup_field = COMPANY_CATALOG.replacen("name=\"notes\"", "name=\"lastName\"", 1);
    assert!(error_of(&dup_field).message.contains("two fields"));

    let bad_bool = COMPANY_CATALOG.replacen("unique=\"true\"", "unique=\"yes\"", 1);
    assert!(error_of(&bad_bool).message.contains("true or false"));

    let missing = COMPANY_CATALOG.replace(
        "uuid=\"C0000000000000000000000000000001\" name=\"ID\">",
        "uuid=\"FFFF\" name=\"NOPE\">",
    );
    assert!(error_of(&missing).message.contains("does not exist"));

    let wrong_root = "<?xml version=\"1.0\"?><catalog/>";
    assert!(error_of(wrong_root).message.contains("not <base>"));
}

#[test]
fn every_corpus_field_type_maps_to_a_4d_type() {
    // The catalog numbers seen in public projects (1 3 4 5 6 8 9 10 12 18 21).
    for (n, is) in [
        (1, 6),
        (3, 8),
        (4, 9),
        (5, 25),
        (6, 1),
        (8, 4),
        (9, 11),
        (12, 3),
        (18, 30),
        (21, 38),
    ] {
        assert_eq!(
            FieldType::from_catalog(n, false).unwrap().is_constant(),
            is,
            "type {n}"
        );
    }
    assert_eq!(FieldType::from_catalog(2, false), None);
}

#[test]
fn relation_paths_between_tables() {
    let s = parse(COMPANY_CATALOG).unwrap();
    let emp = s.table_named("Employee").unwrap();
    let co = s.table_named("Company").unwrap();
    let path = s.path_between(emp, co).unwrap();
    assert_eq!(path.len(), 1);
    assert_eq!(path[0].direction, Direction::ManyToOne);
    let back = s.path_between(co, emp).unwrap();
    assert_eq!(back[0].direction, Direction::OneToMany);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    /// Any byte-level mutation of a good catalog gives a structure or a located error.
    #[test]
    fn mutated_catalogs_never_panic(cuts in proptest::collection::vec((0usize..6000, 0usize..40, 0u8..8), 1..4)) {
        let mut text = COMPANY_CATALOG.to_string();
        for (at, len, what) in cuts {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            let mut end = (at + len).min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            let insert = ["", "\"", "<", "x", "type=\"77\"", "id=\"1\"", "&", "\u{e9}"][what as usize];
            text.replace_range(at..end, insert);
        }
        if let Err(e) = parse(&text) {
            let span = e.span.expect("located");
            proptest::prop_assert!(span.start <= text.len() + 3);
        }
    }
}
