//! `fourd check PATH...`: reads every file, reports what is wrong, and ends with
//! `checked N files: P ok, F with errors`. Files are checked in parallel.
//! Any error: exit status 2 (nothing would run), as for a startup error.

use crate::check::{check_sets, check_sets_findings};
use crate::diag::{self, Diagnostic};
use crate::project;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

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
    let parsed = check_sets_findings(&sets, progress, args.jobs);
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
    // The report is this command's output: coloured when stdout is a terminal.
    let color = diag::use_color(&std::io::stdout());
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
        let _ = writeln!(out, "{}", summary(ok, bad));
        let trashed: usize = sets.iter().map(|s| s.project.trashed).sum();
        if trashed > 0 {
            let _ = writeln!(
                out,
                "skipped {trashed} files in Project/Trash/ (4D does not compile them)"
            );
        }
    }
    // A check error means nothing would run: the usage/startup/check status.
    if bad > 0 {
        super::exit::USAGE
    } else {
        super::exit::OK
    }
}

/// The last line of the report: `checked 1 file: 1 ok, 0 with errors`.
fn summary(ok: usize, bad: usize) -> String {
    let total = ok + bad;
    let files = if total == 1 { "file" } else { "files" };
    format!("checked {total} {files}: {ok} ok, {bad} with errors")
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

#[cfg(test)]
mod tests {
    #[test]
    fn one_file_is_singular() {
        assert_eq!(super::summary(1, 0), "checked 1 file: 1 ok, 0 with errors");
        assert_eq!(super::summary(1, 1), "checked 2 files: 1 ok, 1 with errors");
        assert_eq!(super::summary(0, 0), "checked 0 files: 0 ok, 0 with errors");
    }
}
