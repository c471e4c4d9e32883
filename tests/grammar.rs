//! Keeps `grammar/fourd.ebnf` and the parser from drifting apart: every
//! production must carry an example, every example must parse as it says
//! (method or class file, clean or with an error), and every name a
//! production uses must be defined.
//!
//! The example forms are described at the top of the grammar file:
//! `(* example: CODE *)`, `(* class example: CODE *)`, `(* error example:
//! CODE *)`, and lines of `(*| CODE *)`, `(*c| CODE *)`, `(*e| CODE *)` for
//! examples of several lines.

use fourd::check::parse_unit;
use fourd::diag::render_plain;
use fourd::names::NameTable;
use fourd::project::{Unit, UnitKind};
use fourd::source::SourceFile;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Method,
    Class,
    Error,
}

#[derive(Debug)]
struct Example {
    expect: Expect,
    code: String,
    /// 1-based line of the grammar where the example starts.
    line: usize,
}

#[derive(Debug)]
struct Production {
    name: String,
    /// The right-hand side, from after `=` to the closing `;`.
    rhs: String,
    line: usize,
    examples: Vec<Example>,
}

const ONE_LINE: &[(&str, Expect)] = &[
    ("(* example: ", Expect::Method),
    ("(* class example: ", Expect::Class),
    ("(* error example: ", Expect::Error),
];

const MULTI_LINE: &[(&str, Expect)] = &[
    ("(*|", Expect::Method),
    ("(*c|", Expect::Class),
    ("(*e|", Expect::Error),
];

/// The production that a line starts, if it starts one: `name = …` at the
/// start of the line, the name in lower case (ISO 14977 allows spaces in it).
fn production_name(line: &str) -> Option<&str> {
    let (name, _) = line.split_once(" = ")?;
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest_ok = name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ');
    (first_ok && rest_ok && !name.ends_with(' ')).then_some(name)
}

/// Reads the grammar into productions with their examples. Problems with the
/// file's own form are returned as messages.
fn read_grammar(text: &str) -> (Vec<Production>, Vec<String>) {
    let mut productions: Vec<Production> = Vec::new();
    let mut problems = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(name) = production_name(line) {
            let start = i;
            let mut rhs = line.split_once(" = ").map_or("", |(_, r)| r).to_string();
            while !rhs.trim_end().ends_with(';') {
                i += 1;
                match lines.get(i) {
                    Some(next) => {
                        rhs.push('\n');
                        rhs.push_str(next);
                    }
                    None => {
                        problems.push(format!("line {}: '{name}' has no closing ';'", start + 1));
                        break;
                    }
                }
            }
            let rhs = rhs.trim_end().trim_end_matches(';').to_string();
            productions.push(Production {
                name: name.to_string(),
                rhs,
                line: start + 1,
                examples: Vec::new(),
            });
            i += 1;
            continue;
        }
        if let Some(&(prefix, expect)) = ONE_LINE.iter().find(|(p, _)| line.starts_with(p)) {
            match line.rfind(" *)") {
                Some(end) if end >= prefix.len() => {
                    let example = Example {
                        expect,
                        code: line[prefix.len()..end].to_string(),
                        line: i + 1,
                    };
                    match productions.last_mut() {
                        Some(p) => p.examples.push(example),
                        None => {
                            problems.push(format!("line {}: example before any production", i + 1))
                        }
                    }
                }
                _ => problems.push(format!("line {}: an example must end with ' *)'", i + 1)),
            }
            i += 1;
            continue;
        }
        if let Some(&(prefix, expect)) = MULTI_LINE.iter().find(|(p, _)| line.starts_with(p)) {
            let start = i;
            let mut code = Vec::new();
            while let Some(l) = lines.get(i).filter(|l| l.starts_with(prefix)) {
                let Some(inner) = l[prefix.len()..].strip_suffix("*)") else {
                    problems.push(format!(
                        "line {}: an example line must end with '*)'",
                        i + 1
                    ));
                    break;
                };
                let inner = inner.strip_prefix(' ').unwrap_or(inner);
                code.push(inner.strip_suffix(' ').unwrap_or(inner));
                i += 1;
            }
            i = i.max(start + 1);
            let example = Example {
                expect,
                code: code.join("\n"),
                line: start + 1,
            };
            match productions.last_mut() {
                Some(p) => p.examples.push(example),
                None => problems.push(format!("line {}: example before any production", start + 1)),
            }
            continue;
        }
        if line.starts_with("(*") && line.contains("example:") {
            problems.push(format!(
                "line {}: an example in no known form: {line}",
                i + 1
            ));
        }
        i += 1;
    }
    (productions, problems)
}

/// The names a right-hand side uses: what is left once terminals, special
/// sequences and comments are removed, split at the EBNF operators.
fn used_names(rhs: &str) -> Vec<String> {
    let mut bare = String::new();
    let mut chars = rhs.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' | '?' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                bare.push(',');
            }
            '(' if chars.peek() == Some(&'*') => {
                let mut prev = ' ';
                for d in chars.by_ref() {
                    if prev == '*' && d == ')' {
                        break;
                    }
                    prev = d;
                }
                bare.push(',');
            }
            _ => bare.push(c),
        }
    }
    bare.split([',', '|', '[', ']', '{', '}', '(', ')', '-'])
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Parses one example as `fourd check` would and returns its error
/// diagnostics, rendered.
fn errors_of(example: &Example, names: &NameTable) -> Vec<String> {
    let kind = match example.expect {
        Expect::Class => UnitKind::Class,
        Expect::Method | Expect::Error => UnitKind::Method,
    };
    let unit = Unit {
        kind,
        name: "example".to_string(),
        source: SourceFile::new(
            format!("grammar line {}", example.line),
            example.code.clone(),
        ),
    };
    parse_unit(&unit, names)
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(render_plain)
        .collect()
}

#[test]
fn every_production_has_examples_that_parse() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/fourd.ebnf");
    let text = std::fs::read_to_string(path).expect("read grammar/fourd.ebnf");
    let (productions, mut failures) = read_grammar(&text);
    assert!(
        productions.len() >= 60,
        "only {} productions read from the grammar",
        productions.len()
    );

    let mut defined = BTreeSet::new();
    for p in &productions {
        if !defined.insert(p.name.as_str()) {
            failures.push(format!("line {}: '{}' is defined twice", p.line, p.name));
        }
    }
    for p in &productions {
        for used in used_names(&p.rhs) {
            if !defined.contains(used.as_str()) {
                failures.push(format!(
                    "line {}: '{}' uses '{used}', which no production defines",
                    p.line, p.name
                ));
            }
        }
    }

    let names = NameTable::with_methods(["My Method", "Unsafe Helper"]);
    for p in &productions {
        if !p.examples.iter().any(|e| e.expect != Expect::Error) {
            failures.push(format!(
                "line {}: '{}' has no example that parses",
                p.line, p.name
            ));
        }
        for e in &p.examples {
            let errors = errors_of(e, &names);
            match e.expect {
                Expect::Error if errors.is_empty() => failures.push(format!(
                    "line {}: the error example of '{}' reports no error:\n{}",
                    e.line, p.name, e.code
                )),
                Expect::Method | Expect::Class if !errors.is_empty() => failures.push(format!(
                    "line {}: the example of '{}' does not parse:\n{}\n{}",
                    e.line,
                    p.name,
                    e.code,
                    errors.join("\n")
                )),
                _ => {}
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_reader_finds_examples_of_every_form() {
    let text = "a = \"x\" , b ;\n(* example: A *)\n(* error example: E *)\nb = ? y ? ;\n(*c| C1 *)\n(*c| \tC2  *)\n(*e| *)\n";
    let (productions, problems) = read_grammar(text);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(productions.len(), 2);
    assert_eq!(used_names(&productions[0].rhs), ["b"]);
    let codes: Vec<(Expect, &str)> = productions
        .iter()
        .flat_map(|p| &p.examples)
        .map(|e| (e.expect, e.code.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            (Expect::Method, "A"),
            (Expect::Error, "E"),
            (Expect::Class, "C1\n\tC2 "),
            (Expect::Error, ""),
        ]
    );
}
