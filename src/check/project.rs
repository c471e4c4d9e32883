//! Checking whole projects: every file parsed in parallel (one thread per core
//! by default), then the project-wide preemptive rule.

use super::one_file::check_one;
use super::{ParsedUnit, check_preemptive, parse_unit};
use crate::names::NameTable;
use crate::project::{CheckSet, UnitKind};
use crate::syntax::ast::FileAst;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Parses the units of every set in parallel, then runs the project-wide checks.
pub fn check_sets(
    sets: &[CheckSet],
    progress: bool,
    jobs_wanted: Option<usize>,
) -> Vec<Vec<ParsedUnit>> {
    check_sets_with(sets, progress, jobs_wanted, true)
}

/// [`check_sets`] for a caller that only wants the findings (`fourd check`):
/// each tree is dropped as soon as its file is checked, so memory stays that of
/// the files in flight, not of every tree at once. The units come back with
/// empty trees.
pub fn check_sets_findings(
    sets: &[CheckSet],
    progress: bool,
    jobs_wanted: Option<usize>,
) -> Vec<Vec<ParsedUnit>> {
    check_sets_with(sets, progress, jobs_wanted, false)
}

fn check_sets_with(
    sets: &[CheckSet],
    progress: bool,
    jobs_wanted: Option<usize>,
    keep_trees: bool,
) -> Vec<Vec<ParsedUnit>> {
    let tables: Vec<NameTable> = sets
        .iter()
        .map(|s| {
            let mut names = NameTable::with_methods(s.project.method_names());
            for t in &s.project.table_names {
                names.add_table(t);
            }
            names
        })
        .collect();
    let jobs: Vec<(usize, usize)> = sets
        .iter()
        .enumerate()
        // A set known by its listing is one file, checked on its own below.
        .filter(|(_, s)| s.project.listing.is_none())
        .flat_map(|(si, s)| (0..s.project.units.len()).map(move |ui| (si, ui)))
        .collect();
    let results: Mutex<Vec<Option<ParsedUnit>>> =
        Mutex::new((0..jobs.len()).map(|_| None).collect());
    let next = AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = jobs_wanted.unwrap_or(cores).clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let builder = std::thread::Builder::new().stack_size(256 << 20);
            let _ = builder.spawn_scoped(scope, || {
                loop {
                    let j = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(si, ui)) = jobs.get(j) else { break };
                    let mut parsed = parse_unit(&sets[si].project.units[ui], &tables[si]);
                    if !keep_trees {
                        parsed.ast = FileAst::default();
                    }
                    if let Ok(mut r) = results.lock() {
                        r[j] = Some(parsed);
                    }
                    if progress && j.is_multiple_of(97) {
                        eprint!("\rchecking {}/{}", j + 1, jobs.len());
                    }
                }
            });
        }
    });
    if progress {
        eprint!("\r{}\r", " ".repeat(40));
    }
    let mut results = results.into_inner().unwrap_or_default().into_iter();
    let mut out = Vec::new();
    for (si, set) in sets.iter().enumerate() {
        if let Some(listing) = &set.project.listing {
            out.push(check_one(&set.project.units, listing, &tables[si]));
            continue;
        }
        let mut units: Vec<ParsedUnit> = (&mut results)
            .take(set.project.units.len())
            .flatten()
            .collect();
        let methods: Vec<usize> = units
            .iter()
            .enumerate()
            .filter(|(_, u)| u.kind == UnitKind::Method)
            .map(|(i, _)| i)
            .collect();
        let names = set.project.method_names();
        let handler = |name: &str| {
            names
                .iter()
                .position(|n| n.eq_ignore_ascii_case(name))
                .map(|i| i as u32)
        };
        let found = check_preemptive(&units, &methods, handler);
        for d in found {
            if let Some(u) = units.iter_mut().find(|u| {
                d.file
                    .as_ref()
                    .is_some_and(|f| std::sync::Arc::ptr_eq(f, &u.source))
            }) {
                u.diagnostics.push(d);
            }
        }
        super::classes::check_project(&mut units, &set.project.table_names);
        for u in &mut units {
            u.diagnostics.sort_by_key(|d| d.span.start);
        }
        out.push(units);
    }
    out
}
