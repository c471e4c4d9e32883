//! Golden tests of the front end (lexer, parser, block assembler, checker).
//!
//! `tests/syntax/ok/NAME.4dm` must check without errors; beside it, `NAME.tree`
//! holds what `fourd ast` prints: the tree (`dump_file`) and then every
//! diagnostic in plain form. `tests/syntax/err/NAME.4dm` must produce errors;
//! `NAME.diag` holds its plain diagnostics, which pin line and column. Files
//! under a `Classes` folder are read as class files. `tests/syntax/gen/NAME.diag`
//! holds the diagnostics of inputs too big to commit, built here by code.
//!
//! `FOURD_BLESS=1 cargo test --test syntax` rewrites the expected files
//! instead of comparing; read `git diff` before committing them.
//!
//! Units are built the way `fourd check` builds them: the file is a project
//! method named after itself, beside the helper methods of [`HELPERS`], and
//! the project-wide preemptive check runs over all of them.
//!
//! Also here: a fuzz test (random fragments, raw bytes and mutated golden
//! files must never make the front end panic) and a guard on the bytes of
//! the line-end and BOM cases.

use fourd::check::{ParsedUnit, check_preemptive, parse_unit};
use fourd::diag::{Diagnostic, render_plain};
use fourd::names::NameTable;
use fourd::project::{Unit, UnitKind, read_source, sorted_entries};
use fourd::rng::Rng;
use fourd::source::{Source, SourceFile};
use fourd::syntax::dump::dump_file;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Project methods every golden file can call: multi-word names, one method
/// that is safe in preemptive code and one that is not, and two named like a
/// 4D constant and a 4D command (docs/language.md §2.4: a command beats a method,
/// which beats a constant).
const HELPERS: &[(&str, &str)] = &[
    ("My Method", "#DECLARE($n : Integer)\nALERT(String($n))\n"),
    (
        "Unsafe Helper",
        "SET PLUGIN ACCESS(4D Write license; \"Writers\")\n",
    ),
    ("Black", "$0:=0\n"),
    ("Length", "$0:=0\n"),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax")
}

/// Runs `f` on a thread with the stack `fourd check` gives its workers.
fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn a test thread");
    match handle.join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// What the front end says about one file.
struct Outcome {
    tree: String,
    diagnostics: Vec<Diagnostic>,
}

impl Outcome {
    fn plain(&self) -> String {
        self.diagnostics
            .iter()
            .map(|d| render_plain(d) + "\n")
            .collect()
    }

    fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Lexes, parses and checks `source` as `fourd check` would inside a project
/// that also holds the [`HELPERS`].
fn check_source(source: Source, name: &str, kind: UnitKind) -> Outcome {
    let mut units: Vec<Unit> = HELPERS
        .iter()
        .map(|(n, text)| Unit {
            kind: UnitKind::Method,
            name: n.to_string(),
            source: SourceFile::new(format!("helpers/{n}.4dm"), text.to_string()),
        })
        .collect();
    units.push(Unit {
        kind,
        name: name.to_string(),
        source,
    });
    let method_names: Vec<&str> = units
        .iter()
        .filter(|u| u.kind == UnitKind::Method)
        .map(|u| u.name.as_str())
        .collect();
    let names = NameTable::with_methods(method_names.iter().copied());
    let mut parsed: Vec<ParsedUnit> = units.iter().map(|u| parse_unit(u, &names)).collect();
    let methods: Vec<usize> = parsed
        .iter()
        .enumerate()
        .filter(|(_, u)| u.kind == UnitKind::Method)
        .map(|(i, _)| i)
        .collect();
    let handler = |n: &str| {
        method_names
            .iter()
            .position(|m| m.eq_ignore_ascii_case(n))
            .map(|i| i as u32)
    };
    let found = check_preemptive(&parsed, &methods, handler);
    let mut unit = parsed.pop().expect("the unit under test");
    for helper in &parsed {
        assert!(
            !helper.has_errors(),
            "helper {} has errors: {:?}",
            helper.name,
            helper.diagnostics
        );
    }
    for d in found {
        if d.file
            .as_ref()
            .is_some_and(|f| Arc::ptr_eq(f, &unit.source))
        {
            unit.diagnostics.push(d);
        }
    }
    unit.diagnostics.sort_by_key(|d| d.span.start);
    Outcome {
        tree: dump_file(&unit.source, &unit.ast),
        diagnostics: unit.diagnostics,
    }
}

/// Reads a golden input as `fourd check` reads files (invalid UTF-8 included).
fn check_file(path: &Path) -> Outcome {
    let display = path.strip_prefix(root()).unwrap_or(path).to_path_buf();
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let kind = if path.components().any(|c| c.as_os_str() == "Classes") {
        UnitKind::Class
    } else {
        UnitKind::Method
    };
    match read_source(path, display) {
        Ok(source) => check_source(source, &name, kind),
        Err(d) => Outcome {
            tree: String::new(),
            diagnostics: vec![d],
        },
    }
}

fn files_with_ext(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for p in sorted_entries(dir) {
        if p.is_dir() {
            files_with_ext(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

/// Compares `actual` with the expected file, or rewrites it under
/// `FOURD_BLESS`. Returns a description of the mismatch.
fn expect_file(path: &Path, actual: &str) -> Option<String> {
    let expected = std::fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return None;
    }
    if fourd::testing::bless_requested() {
        std::fs::write(path, actual).expect("write an expected file");
        eprintln!("updated {}", path.display());
        return None;
    }
    Some(match expected {
        Some(expected) => format!(
            "{} differs (- expected, + actual):\n{}",
            path.display(),
            diff(&expected, actual)
        ),
        None => format!(
            "{} is missing (FOURD_BLESS=1 writes it); the output is:\n{actual}",
            path.display()
        ),
    })
}

/// A line diff with two lines of context, enough to read a golden mismatch.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Longest common subsequence, from the end.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut ops: Vec<(char, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', a[i]));
            i += 1;
        } else {
            ops.push(('+', b[j]));
            j += 1;
        }
    }
    let near_change = |k: usize| {
        let lo = k.saturating_sub(2);
        let hi = (k + 2).min(ops.len() - 1);
        ops[lo..=hi].iter().any(|(c, _)| *c != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (c, line)) in ops.iter().enumerate() {
        if near_change(k) {
            out.push_str(&format!("{c} {line}\n"));
            skipped = false;
        } else if !skipped {
            out.push_str("  …\n");
            skipped = true;
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(the files differ in their final line end)\n");
    }
    out
}

/// Every `.4dm` under `ok/` checks without errors and prints its `.tree`.
#[test]
fn ok_files_match_their_trees() {
    with_big_stack(|| {
        let mut inputs = Vec::new();
        files_with_ext(&root().join("ok"), "4dm", &mut inputs);
        assert!(!inputs.is_empty(), "no golden files under tests/syntax/ok");
        let mut failures = Vec::new();
        for input in &inputs {
            let outcome = check_file(input);
            if outcome.has_errors() {
                failures.push(format!(
                    "{} must check without errors but reports:\n{}",
                    input.display(),
                    outcome.plain()
                ));
            }
            let actual = format!("{}{}", outcome.tree, outcome.plain());
            failures.extend(expect_file(&input.with_extension("tree"), &actual));
        }
        failures.extend(orphans("ok", "tree"));
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    })
}

/// Every `.4dm` under `err/` reports at least one error, exactly as in its `.diag`.
#[test]
fn err_files_match_their_diagnostics() {
    with_big_stack(|| {
        let mut inputs = Vec::new();
        files_with_ext(&root().join("err"), "4dm", &mut inputs);
        assert!(!inputs.is_empty(), "no golden files under tests/syntax/err");
        let mut failures = Vec::new();
        for input in &inputs {
            let outcome = check_file(input);
            if !outcome.has_errors() {
                failures.push(format!("{} must report an error", input.display()));
            }
            failures.extend(expect_file(&input.with_extension("diag"), &outcome.plain()));
        }
        failures.extend(orphans("err", "diag"));
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    })
}

/// Expected files whose input is gone are stale.
fn orphans(dir: &str, ext: &str) -> Vec<String> {
    let mut expected = Vec::new();
    files_with_ext(&root().join(dir), ext, &mut expected);
    expected
        .into_iter()
        .filter(|p| !p.with_extension("4dm").is_file())
        .map(|p| format!("{} has no .4dm beside it", p.display()))
        .collect()
}

/// Inputs too big (or too binary) to commit, built here; their expected
/// diagnostics are `gen/NAME.diag`.
fn generated() -> Vec<(&'static str, Vec<u8>)> {
    let mut rng = Rng(0x4D_2024);
    let ternaries = format!("$a:={}1\n$b:=2\n", "1 ? 1 : ".repeat(100_000));
    let mut invalid = b"$a:=\"caf".to_vec();
    invalid.extend([0xC3, 0x28]);
    invalid.extend(b"\"\n$b:=1\n");
    vec![
        (
            "nested_if_20000",
            ("If (True)\n".repeat(20_000) + &"End if\n".repeat(20_000)).into_bytes(),
        ),
        (
            "nested_if_512",
            ("If (True)\n".repeat(512) + "$a:=1\n" + &"End if\n".repeat(512)).into_bytes(),
        ),
        (
            "nested_parens_100000",
            format!(
                "$a:={}1{}\n$b:=2\n",
                "(".repeat(100_000),
                ")".repeat(100_000)
            )
            .into_bytes(),
        ),
        (
            "nested_brackets_256",
            format!("$a:={}1{}\n", "[(".repeat(128), ")]".repeat(128)).into_bytes(),
        ),
        ("nested_ternaries_100000", ternaries.into_bytes()),
        (
            "nested_ternaries_256",
            format!("$a:={}0\n", "$c ? 1 : ".repeat(256)).into_bytes(),
        ),
        (
            "long_line_10mb_operators",
            format!("$a:={}1\n$b:=2\n", "1+".repeat(5 << 20)).into_bytes(),
        ),
        (
            "long_line_10mb_text",
            format!("$a:=\"{}\"\n$b:=Length($a)\n", "x".repeat(10 << 20)).into_bytes(),
        ),
        (
            "long_line_10mb_words",
            format!("$a:={}\n", "word ".repeat(2 << 20)).into_bytes(),
        ),
        (
            "prefix_minus_1000000",
            format!("$a:={}1\n", "-".repeat(1_000_000)).into_bytes(),
        ),
        (
            "member_chain_1000000",
            format!("$a:=$o{}\n", ".b".repeat(1_000_000)).into_bytes(),
        ),
        ("invalid_utf8", invalid),
        ("binary_garbage", rng.bytes(4096)),
        (
            "binary_garbage_decoded",
            String::from_utf8_lossy(&rng.bytes(256))
                .into_owned()
                .into_bytes(),
        ),
    ]
}

/// The generated inputs: no panic, no stack overflow, and the diagnostics of
/// `gen/NAME.diag`. (No clock: a front end gone quadratic shows as a slow
/// `cargo test` and in `scripts/corpus.sh`'s throughput, not as a flaky failure.)
#[test]
fn generated_inputs_match_their_diagnostics() {
    with_big_stack(|| {
        let dir = std::env::temp_dir().join(format!("fourd-syntax-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a temporary folder");
        let mut failures = Vec::new();
        for (name, bytes) in generated() {
            let path = dir.join(format!("{name}.4dm"));
            std::fs::write(&path, &bytes).expect("write a generated input");
            let outcome = match read_source(&path, PathBuf::from(format!("gen/{name}.4dm"))) {
                Ok(source) => check_source(source, name, UnitKind::Method),
                Err(d) => Outcome {
                    tree: String::new(),
                    diagnostics: vec![d],
                },
            };
            failures.extend(expect_file(
                &root().join("gen").join(format!("{name}.diag")),
                &outcome.plain(),
            ));
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    })
}

/// Pieces of 4D code and of things that are not, for the fuzz test.
const FRAGMENTS: &[&str] = &[
    "If",
    "If (",
    "End if",
    "Else",
    "Case of",
    ": (",
    "End case",
    "While (",
    "End while",
    "Repeat",
    "Until (",
    "For (",
    "End for",
    "For each (",
    "End for each",
    "Use (",
    "End use",
    "Try",
    "Try(",
    "Catch",
    "End try",
    "Begin SQL",
    "End SQL",
    "return",
    "break",
    "continue",
    "var",
    "#DECLARE(",
    "Class extends",
    "Class constructor",
    "Function",
    "Function get",
    "shared",
    "property",
    "Alias",
    "$a",
    "$1",
    "${",
    "<>x",
    "◊y",
    "x",
    "My Method",
    "ALERT",
    "ALERT:C41",
    "Non:C34",
    "Is text:K8:3",
    ":P1:2",
    "[Table:2]",
    "Field:3",
    "[T]F",
    "SET PLUGIN ACCESS",
    "4D Write license",
    "Count parameters",
    "This",
    "Super",
    "Form",
    "cs.",
    "4D.",
    "(",
    ")",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ";",
    ":",
    ":=",
    "+=",
    "->",
    ".",
    "?",
    "??",
    "?+",
    "+",
    "-",
    "*",
    "/",
    "\\",
    "%",
    "^",
    "=",
    "#",
    "<",
    ">",
    "<=",
    "&",
    "|",
    "&&",
    "||",
    "^|",
    "<<",
    "1",
    "0xFF",
    "0x123456789",
    "1.5e3",
    "!2024-01-15!",
    "!99-99-99!",
    "?12:00:00?",
    "?1:2?",
    "\"text\"",
    "\"",
    "\"esc\\\"",
    "\\",
    "@",
    "//",
    "/*",
    "*/",
    "//%T-",
    "//%T+",
    "`",
    "\n",
    "\r\n",
    "\r",
    "\\\n",
    " ",
    "\t",
    "\u{feff}",
    "é",
    "€",
    "\u{2028}",
    "\0",
    "$",
    "Formula(",
    "Try(",
    "{a: ",
    "[1; 2]",
    "...",
    " : Text",
    "-> $r",
];

/// Random text: 4D fragments, raw bytes decoded lossily, blanks.
fn random_text(rng: &mut Rng) -> String {
    let mut text = String::new();
    let pieces = 1 + rng.below(60);
    for _ in 0..pieces {
        if rng.below(8) == 0 {
            let n = 1 + rng.below(12);
            text.push_str(&String::from_utf8_lossy(&rng.bytes(n)));
        } else {
            text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
        if rng.below(3) == 0 {
            text.push(' ');
        }
    }
    text
}

/// A golden input with a few random cuts, insertions and repeated lines:
/// nearly valid code, which reaches deeper than random text.
fn mutated(rng: &mut Rng, original: &str) -> String {
    let mut text = original.to_string();
    for _ in 0..1 + rng.below(5) {
        let mut at = rng.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match rng.below(3) {
            0 => {
                let mut end = (at + 1 + rng.below(8)).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(at..end, "");
            }
            1 => text.insert_str(at, FRAGMENTS[rng.below(FRAGMENTS.len())]),
            _ => {
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                let line = text[line_start..line_end].to_string();
                text.insert_str(line_start, &(line + "\n"));
            }
        }
    }
    text
}

/// A few thousand random and mutated inputs: lexing, parsing, checking and
/// dumping never panic, and every diagnostic points inside its file on a
/// character boundary.
#[test]
fn random_inputs_never_panic() {
    with_big_stack(|| {
        let mut rng = Rng(0x0F0D_F0D4);
        let mut goldens = Vec::new();
        files_with_ext(&root().join("ok"), "4dm", &mut goldens);
        let goldens: Vec<String> = goldens
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        for case in 0..3000 {
            let text = if case % 3 == 0 && !goldens.is_empty() {
                let original = &goldens[rng.below(goldens.len())];
                mutated(&mut rng, original)
            } else {
                random_text(&mut rng)
            };
            let kind = if case % 5 == 0 {
                UnitKind::Class
            } else {
                UnitKind::Method
            };
            let input = text.clone();
            let result = catch_unwind(AssertUnwindSafe(|| {
                let source = SourceFile::new("fuzz.4dm", input);
                let outcome = check_source(source.clone(), "fuzz", kind);
                for d in &outcome.diagnostics {
                    let span = d.span;
                    assert!(
                        span.start <= span.end
                            && (span.end as usize) <= source.text.len()
                            && source.text.is_char_boundary(span.start as usize)
                            && source.text.is_char_boundary(span.end as usize),
                        "diagnostic span {span:?} outside the text: {}",
                        render_plain(d)
                    );
                }
            }));
            if result.is_err() {
                panic!("case {case} panicked on input {text:?}");
            }
        }
    })
}

/// The lexical cases are about bytes a checkout could normalize (line ends,
/// byte order marks, trailing blanks): make sure they are still there.
#[test]
fn lexical_cases_keep_their_bytes() {
    let read = |name: &str| std::fs::read(root().join("ok").join(name)).expect(name);
    let count =
        |bytes: &[u8], what: &[u8]| bytes.windows(what.len()).filter(|w| *w == what).count();
    let crlf = read("crlf.4dm");
    assert_eq!(
        count(&crlf, b"\n"),
        count(&crlf, b"\r\n"),
        "crlf.4dm lost its CRLF"
    );
    assert!(count(&crlf, b"\r\n") >= 4);
    let cr = read("lone_cr.4dm");
    assert!(
        count(&cr, b"\r") >= 4 && count(&cr, b"\n") == 0,
        "lone_cr.4dm lost its CR"
    );
    let mixed = read("mixed_line_ends.4dm");
    let lf_only = count(&mixed, b"\n") - count(&mixed, b"\r\n");
    let cr_only = count(&mixed, b"\r") - count(&mixed, b"\r\n");
    assert!(
        lf_only > 0 && cr_only > 0 && count(&mixed, b"\r\n") > 0,
        "mixed_line_ends.4dm is not mixed"
    );
    assert!(
        read("bom.4dm").starts_with("\u{feff}".as_bytes()),
        "bom.4dm lost its BOM"
    );
    let blanks = read("blanks.4dm");
    assert!(
        count(&blanks, b" \n") > 0 && count(&blanks, b"\t") > 0,
        "blanks.4dm lost its blanks"
    );
}
