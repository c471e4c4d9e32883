//! Tests of the JSON reader and writer: RFC 8259 cases, spans, and hostile input.

use super::*;

fn err(text: &str) -> JsonError {
    match parse(text) {
        Ok(json) => panic!("expected an error for {text:?}, got {json:?}"),
        Err(e) => e,
    }
}

fn num(text: &str) -> f64 {
    match parse(text).map(|j| j.kind) {
        Ok(JsonKind::Number(n)) => n,
        other => panic!("expected a number for {text:?}, got {other:?}"),
    }
}

#[test]
fn scalars_and_spans() {
    let json = parse("  true ").unwrap();
    assert_eq!(json.kind, JsonKind::Bool(true));
    assert_eq!(json.span, 2..6);
    assert_eq!(parse("null").unwrap().kind, JsonKind::Null);
    assert_eq!(parse("false").unwrap().kind, JsonKind::Bool(false));
    assert_eq!(parse("\"hé\"").unwrap().kind, JsonKind::String("hé".into()));
}

#[test]
fn object_members_keep_file_order_and_spans() {
    let text = r#"{"b": 1, "a": [2, {"c": null}], "b": 3}"#;
    let json = parse(text).unwrap();
    let members = json.as_object().unwrap();
    let keys: Vec<&str> = members.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(&text[members[1].key_span.clone()], "\"a\"");
    assert_eq!(&text[members[1].value.span.clone()], "[2, {\"c\": null}]");
    assert_eq!(json.span, 0..text.len());
    // `get` finds the first of duplicate keys; loaders refuse duplicates themselves.
    assert_eq!(json.get("b").unwrap().kind, JsonKind::Number(1.0));
}

#[test]
fn numbers() {
    assert_eq!(num("0"), 0.0);
    assert_eq!(num("-0.5e2"), -50.0);
    assert_eq!(num("12E+1"), 120.0);
    assert_eq!(num("1e-400"), 0.0);
    assert_eq!(num("123456789012345678901234567890"), 1.2345678901234568e29);
    for bad in ["01", "-", "1.", ".5", "1e", "+1", "-a", "1.e3"] {
        let e = err(bad);
        assert!(
            e.message.contains("number") || e.message.contains("expected"),
            "{bad}: {e:?}"
        );
    }
}

#[test]
fn huge_numbers_are_errors_not_infinity() {
    let e = err("[1e400]");
    assert_eq!(e.span, 1..6);
    assert!(e.message.contains("too large"));
    let long = "9".repeat(400);
    assert_eq!(err(&long).span, 0..400);
    // A very long but representable number is fine.
    assert!((num(&format!("0.{}", "1".repeat(5000))) - 1.0 / 9.0).abs() < 1e-15);
}

#[test]
fn escapes_including_surrogate_pairs() {
    let json = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00""#).unwrap();
    assert_eq!(
        json.kind,
        JsonKind::String("a\"b\\c/d\u{8}\u{c}\n\r\té😀".into())
    );
}

#[test]
fn invalid_escapes() {
    let e = err(r#""a\x""#);
    assert_eq!(e.span, 2..4);
    assert!(e.message.contains("invalid escape `\\x`"));
    let e = err(r#""\u12G4""#);
    assert!(e.message.contains("four hex digits"), "{e:?}");
    assert_eq!(e.span.start, 1);
    assert!(err(r#""\uD800""#).message.contains("lone surrogate"));
    assert!(err(r#""\uD800\u0041""#).message.contains("lone surrogate"));
    assert!(err(r#""\uDC00""#).message.contains("lone surrogate"));
    assert!(err("\"\\").message.contains("unterminated"));
    assert!(err("\"\\u12").message.contains("four hex digits"));
}

#[test]
fn control_characters_in_strings_are_refused() {
    let e = err("\"a\nb\"");
    assert_eq!(e.span, 2..3);
    assert!(e.message.contains("\\n"));
    assert!(err("\"\u{1}\"").message.contains("U+0001"));
    // DEL and non-ASCII are fine.
    assert!(parse("\"\u{7f}\u{2028}\"").is_ok());
}

#[test]
fn trailing_commas_and_comments_are_refused() {
    let e = err("[1, 2,]");
    assert_eq!(e.span, 5..6);
    assert!(e.message.contains("trailing comma"));
    assert!(err(r#"{"a": 1,}"#).message.contains("trailing comma"));
    assert!(err("[1] // note").message.contains("after the JSON value"));
    assert!(err("/* x */ 1").message.contains("expected a value"));
    assert!(err("[1 2]").message.contains("expected `,` or `]`"));
    assert!(err(r#"{"a" 1}"#).message.contains("`:`"));
    assert!(err(r#"{a: 1}"#).message.contains("member name"));
    assert!(err("[,1]").message.contains("expected a value"));
    assert!(err("").message.contains("expected a value"));
    assert!(err("True").message.contains("`True`"));
    assert!(err("nul").message.contains("`null`"));
}

#[test]
fn truncated_input_names_the_unclosed_bracket() {
    let text = "{\n  \"users\": [1, 2";
    let e = err(text);
    assert_eq!(e.span, text.len()..text.len());
    assert!(e.message.contains("end of input"), "{e:?}");
    assert!(
        e.message.contains("array opened at line 2, column 12"),
        "{e:?}"
    );
    let e = err("{\"a\": ");
    assert!(
        e.message.contains("object opened at line 1, column 1"),
        "{e:?}"
    );
    assert!(err("\"abc").message.contains("unterminated string"));
    assert!(err("[tr").message.contains("`true`"));
    // Every prefix of a valid document is either valid or an error, never a panic.
    let doc = r#"{"a": [1, -2.5e3, "x\u00e9\uD83D\uDE00", {"b": null}], "c": true}"#;
    for end in 0..doc.len() {
        if doc.is_char_boundary(end) {
            let _ = parse(&doc[..end]);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let e = err(&deep);
    assert_eq!(e.span, MAX_DEPTH..MAX_DEPTH + 1);
    assert!(e.message.contains("nested more than 512"));
    let deep_objects = "{\"a\":".repeat(100_000);
    assert!(err(&deep_objects).message.contains("nested"));
    // Exactly at the limit is fine.
    let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
    assert!(parse(&ok).is_ok());
}

#[test]
fn byte_order_mark_is_skipped_only_at_the_start() {
    let json = parse("\u{FEFF}{\"a\": 1}").unwrap();
    assert_eq!(json.span, 3..11);
    assert!(err("[\u{FEFF}1]").message.contains("expected a value"));
}

#[test]
fn line_col_counts_characters() {
    let text = "ab\néé x\n";
    assert_eq!(line_col(text, 0), (1, 1));
    assert_eq!(line_col(text, 3), (2, 1));
    let x = text.find('x').unwrap();
    assert_eq!(line_col(text, x), (2, 4));
    assert_eq!(line_col(text, 5), (2, 2)); // inside the first `é`
    assert_eq!(line_col(text, 999), (3, 1));
}

#[test]
fn writer_round_trips() {
    let text = r#"{"a":[1,2.5,-3,"x\"\n\u0001é"],"b":{},"c":[],"d":null,"e":true}"#;
    let json = parse(text).unwrap();
    assert_eq!(to_string(&json), text);
    let pretty = to_string_pretty(&json);
    assert!(
        pretty.starts_with("{\n  \"a\": [\n    1,\n    2.5,"),
        "{pretty}"
    );
    assert_eq!(to_string(&parse(&pretty).unwrap()), text);
}

#[test]
fn writer_handles_deep_trees_built_by_code() {
    let mut json = Json::new(JsonKind::Null);
    for _ in 0..100_000 {
        json = Json::new(JsonKind::Array(vec![json]));
    }
    let text = to_string(&json);
    assert_eq!(text.len(), 200_004);
    // Dropping a deep tree recurses in std's drop glue; unwind it by hand.
    let mut current = json;
    while let JsonKind::Array(mut items) = current.kind {
        match items.pop() {
            Some(inner) => current = inner,
            None => break,
        }
    }
}

#[test]
fn large_documents_parse() {
    let mut text = String::from("[");
    for i in 0..200_000 {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("{{\"n\":{i},\"s\":\"user {i}\"}}"));
    }
    text.push(']');
    let json = parse(&text).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 200_000);
}

/// A small deterministic generator, so the fuzz tests need no extra crate and always replay.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

#[test]
fn random_inputs_never_panic() {
    const PIECES: &[&str] = &[
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "0", "-", "1", "e",
        "E", ".", "+", "true", "fals", "null", " ", "\n", "\t", "é", "😀", "\u{FEFF}", "\u{1}",
        "a", "9e999", "\"k\":",
    ];
    let mut rng = Lcg(7);
    for _ in 0..20_000 {
        let len = rng.next(24);
        let text: String = (0..len).map(|_| PIECES[rng.next(PIECES.len())]).collect();
        if let Err(e) = parse(&text) {
            // Spans stay inside the text and on character boundaries.
            assert!(
                e.span.start <= e.span.end && e.span.end <= text.len(),
                "{text:?}: {e:?}"
            );
            assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        }
    }
}

#[test]
fn mutated_documents_never_panic() {
    let doc = r#"{"users": {"designer": {"alias": "Arch"}, "Ann": {"password": "$2y$04$x"}},
        "groups": {"G": {"users": ["Ann"], "groups": ["G"]}}, "n": [1.5e3, -0, "\u00e9"]}"#;
    let bytes: Vec<char> = doc.chars().collect();
    let mut rng = Lcg(11);
    for _ in 0..5_000 {
        let mut chars = bytes.clone();
        for _ in 0..1 + rng.next(3) {
            if chars.is_empty() {
                break;
            }
            let at = rng.next(chars.len());
            match rng.next(3) {
                0 => {
                    chars.remove(at);
                }
                1 => chars.insert(at, ['{', '"', ',', ']', '\\'][rng.next(5)]),
                _ => chars.truncate(at),
            }
        }
        let text: String = chars.into_iter().collect();
        let _ = parse(&text);
    }
}
