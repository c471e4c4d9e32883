//! The fast pass against the chumsky grammar: every line that
//! [`fast::Fast`] reads must be read the same way by [`line::line`] (same
//! line, same tokens taken), and a file the fast pass reads without a
//! mistake must be read the same way by the `Rich` pass. Over every `.4dm`
//! file of the repository's tests, and of the folder `FOURD_CORPUS` names
//! when it is set (a corpus of real code kept outside the repository). And
//! deep nesting on a small stack.

use super::*;
use crate::names::NameTable;
use crate::syntax::lex;
use std::path::Path;

/// Compares the two readings of one file; returns how many lines the
/// fast reader took.
fn compare(path: &Path, src: &str, names: &NameTable) -> usize {
    let lexed = lex(src, names);
    let toks = &lexed.tokens;
    let eoi = Span::new(src.len(), src.len());
    let mut taken = 0;
    let mut start = 0;
    while start < toks.len() {
        let end = toks[start..]
            .iter()
            .position(|(t, _)| *t == Tok::Newline)
            .map_or(toks.len(), |n| start + n);
        // The line, every cut of it, and the line without one of its
        // tokens: lines with mistakes of all kinds.
        let line = &toks[start..end];
        let cuts = (1..=line.len()).rev().map(|cut| line[..cut].to_vec());
        let gaps = (0..line.len()).map(|k| [&line[..k], &line[k + 1..]].concat());
        for (n, variant) in cuts.chain(gaps).enumerate() {
            let mut fast = fast::Fast::new(&variant, src, 0);
            if let Some(read) = fast.line() {
                taken += usize::from(n == 0);
                let input = variant.as_slice().map(eoi, |(t, s)| (t, s));
                let chumsky = line::line::<_, Rich<'_, Tok<'_>, Span>>(src)
                    .then(any().repeated().count())
                    .parse(input)
                    .into_output();
                assert_eq!(
                    chumsky,
                    Some((read, variant.len() - fast.pos)),
                    "{}: the fast reader differs from the grammar on {:?}",
                    path.display(),
                    variant.iter().map(|(t, _)| t).collect::<Vec<_>>()
                );
            }
        }
        start = end + 1;
    }
    let input = toks.as_slice().map(eoi, |(t, s)| (t, s));
    let fast = fast_file_parser(src, toks).parse(input);
    if !fast.has_errors() {
        let rich = file_parser::<_, Rich<'_, Tok<'_>, Span>>(src).parse(input);
        assert!(
            !rich.has_errors(),
            "{}: the fast pass found no mistake, the Rich pass did: {:?}",
            path.display(),
            rich.errors().collect::<Vec<_>>()
        );
        let mut block_errors = Vec::new();
        let rich_file = blocks::assemble(rich.into_output().unwrap_or_default(), &mut block_errors);
        let (fast_file, fast_errors) = fast.into_output().unwrap_or_default();
        assert_eq!(
            (format!("{fast_file:?}"), format!("{fast_errors:?}")),
            (format!("{rich_file:?}"), format!("{block_errors:?}")),
            "{}: the two passes read the file differently",
            path.display()
        );
    }
    taken
}

#[test]
fn the_fast_pass_reads_as_the_grammar_does() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = crate::project::all_4dm_files(&root.join("tests"));
    if let Some(corpus) = std::env::var_os("FOURD_CORPUS") {
        paths.extend(crate::project::all_4dm_files(Path::new(&corpus)));
    }
    paths.sort();
    let mut lines = 0;
    for path in &paths {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        // The sibling files are the project methods, as `fourd check` has them.
        let siblings = path
            .parent()
            .map(crate::project::all_4dm_files)
            .unwrap_or_default();
        let stems: Vec<String> = siblings
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        let names = NameTable::with_methods(stems.iter().map(String::as_str));
        lines += compare(path, &src, &names);
    }
    assert!(lines > 1000, "only {lines} lines read by the fast reader");
}

/// Deep nesting on a thread with a small stack: the fast reader gives up
/// before its stack runs short, and chumsky (which grows its stack) reads on.
#[test]
fn deep_nesting_on_a_small_stack() {
    let h = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            let names = NameTable::default();
            for src in [
                format!("$a:={}1{}", "String(".repeat(70), ")".repeat(70)),
                format!("$a:={}1{}", "[$o{".repeat(60), "}]".repeat(60)),
                format!("$a:={}1{}", "(1+(".repeat(60), "))".repeat(60)),
                format!("$a:={}", "1?1:".repeat(250) + "1"),
            ] {
                let (_, e) = parse(&src, lex(&src, &names));
                assert!(e.is_empty(), "{e:?}");
            }
        })
        .unwrap();
    h.join().unwrap();
}
