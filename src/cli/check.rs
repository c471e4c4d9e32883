//! `fourd check PATH...`: reads every file, reports what is wrong, and ends with
//! `checked N files: P ok, F with errors`. Files are checked in parallel.

use crate::check::{ParsedUnit, check_preemptive, parse_unit};
use crate::diag::{self, Diagnostic};
use crate::names::NameTable;
use crate::project::{self, CheckSet, UnitKind};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files, folders or 4D project folders to check.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print errors only (no warnings, no summary); the exit status says it all.
    #[arg(long)]
    quiet: bool,
    /// One JSON object per diagnostic, per line (like 4D's Compile project result).
    #[arg(long)]
    json: bool,
    /// Threads to use (default: one per core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// Print the front end's throughput (bytes lexed, parsed and checked per second) to stderr.
    #[arg(long)]
    stats: bool,
}

/// Parses the units of every set in parallel, then runs the project-wide checks.
pub fn check_sets(
    sets: &[CheckSet],
    progress: bool,
    jobs_wanted: Option<usize>,
) -> Vec<Vec<ParsedUnit>> {
    let tables: Vec<NameTable> = sets
        .iter()
        .map(|s| NameTable::with_methods(s.project.method_names()))
        .collect();
    let jobs: Vec<(usize, usize)> = sets
        .iter()
        .enumerate()
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
                    let parsed = parse_unit(&sets[si].project.units[ui], &tables[si]);
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
    for set in sets {
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
        for u in &mut units {
            u.diagnostics.sort_by_key(|d| d.span.start);
        }
        out.push(units);
    }
    out
}

pub fn run(args: CheckArgs) -> i32 {
    let mut sets = Vec::new();
    let mut startup = Vec::new();
    for p in &args.paths {
        let (s, e) = project::discover(p);
        sets.extend(s);
        startup.extend(e);
    }
    let total: usize = sets
        .iter()
        .map(|s| {
            if s.only.is_some() {
                1
            } else {
                s.project.units.len()
            }
        })
        .sum();
    let progress = !args.quiet && !args.json && std::io::stderr().is_terminal() && total > 200;
    let started = std::time::Instant::now();
    let parsed = check_sets(&sets, progress, args.jobs);
    if args.stats {
        let elapsed = started.elapsed().as_secs_f64();
        let bytes: usize = sets
            .iter()
            .flat_map(|s| &s.project.units)
            .map(|u| u.source.text.len())
            .sum();
        eprintln!(
            "front end: {} files, {bytes} bytes in {:.1} ms: {:.1} MB/s (lex + parse + check, {} thread(s))",
            sets.iter().map(|s| s.project.units.len()).sum::<usize>(),
            elapsed * 1e3,
            bytes as f64 / elapsed / 1e6,
            args.jobs
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        );
    }
    let color = std::io::stderr().is_terminal();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut ok, mut bad) = (0usize, 0usize);
    let emit = |d: &Diagnostic, out: &mut dyn Write| {
        if args.quiet && !d.is_error() {
            return;
        }
        let text = if args.json {
            diag::render_json(d)
        } else if args.quiet {
            diag::render_plain(d)
        } else {
            diag::render_report(d, color)
        };
        let _ = writeln!(out, "{}", text.trim_end());
    };
    for d in &startup {
        emit(d, &mut out);
        bad += 1;
    }
    for (set, units) in sets.iter().zip(&parsed) {
        for (i, unit) in units.iter().enumerate() {
            if set.only.is_some_and(|o| o != i) {
                continue;
            }
            for d in &unit.diagnostics {
                emit(d, &mut out);
            }
            if unit.has_errors() { bad += 1 } else { ok += 1 }
        }
    }
    if !args.quiet && !args.json {
        let _ = writeln!(
            out,
            "checked {} files: {ok} ok, {bad} with errors",
            ok + bad
        );
    }
    if bad > 0 { 1 } else { 0 }
}

/// `fourd ast FILE`: the syntax tree and diagnostics of one file.
pub fn ast(file: &Path) -> i32 {
    let (sets, errors) = project::discover(file);
    for d in &errors {
        eprintln!("{}", diag::render_plain(d));
    }
    let parsed = check_sets(&sets, false, None);
    for (set, units) in sets.iter().zip(&parsed) {
        for (i, unit) in units.iter().enumerate() {
            if set.only.is_some_and(|o| o != i) {
                continue;
            }
            print!(
                "{}",
                crate::syntax::dump::dump_file(&unit.source, &unit.ast)
            );
            for d in &unit.diagnostics {
                println!("{}", diag::render_plain(d));
            }
        }
    }
    if errors.is_empty() { 0 } else { 2 }
}
