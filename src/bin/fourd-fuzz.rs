//! fourd-fuzz: throws random — mostly valid — 4D programs, and mutated real
//! files, at the lexer, parser, checker and interpreter, looking for a panic, a
//! hang or a stack overflow. Grammar-aware generation on stable Rust (the
//! coverage-guided fuzzers need a nightly compiler this project does not use).
//!
//! `fourd-fuzz [--seconds N] [--inputs N] [--seed N] [--corpus DIR] [--out DIR]`
//! Every input is written to `OUT/current.4dm` before it runs, so a crash that
//! kills the process (an overflow) leaves it behind; panics are saved as
//! `OUT/panic-N.4dm`. Each input that checks clean runs twice, compiled and
//! by the tree walker (`--tree-walk`): the two must print the same and fail
//! the same way; an input on which they differ is saved as `OUT/diff-N.4dm`.
//! Exit status 1 when something was found.

use fourd::check::parse_unit;
use fourd::eval::{Interp, Output, Program};
use fourd::project::{Unit, UnitKind};
use fourd::session::{Directory, Session, SessionOptions};
use fourd::source::SourceFile;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use fourd::rng::Rng;

const LOCALS: &[&str] = &[
    "$a", "$b", "$i", "$t", "$o", "$c", "$p", "$x", "$1", "$0", "${2}", "<>g",
];
const LITERALS: &[&str] = &[
    "0",
    "1",
    "-1",
    "42",
    "3.5",
    "1e300",
    "0xFF",
    "\"\"",
    "\"text\"",
    "\"ab@\"",
    "\"é\"",
    "True",
    "False",
    "Null",
    "!2024-01-31!",
    "!00-00-00!",
    "?01:02:03?",
    "[]",
    "{}",
    "[1;2;3]",
    "{a: 1; b: \"x\"}",
    "New collection(1;\"a\")",
    "New object(\"k\";2)",
];
const OPS: &[&str] = &[
    "+", "-", "*", "/", "\\", "%", "^", "=", "#", "<", ">", "<=", ">=", "&", "|", "&&", "||", "<<",
    ">>", "??", "?+", "?-",
];
const MEMBERS: &[&str] = &[
    ".length",
    ".a",
    ".b",
    "[0]",
    "[\"a\"]",
    "{1}",
    "[[1]]",
    ".push(1)",
    ".sum()",
    ".join(\",\")",
    ".map(Formula($1.value))",
    ".filter(Formula(True))",
    ".sort()",
    ".copy()",
    ".indexOf(1)",
    ".call(Null;1)",
    "->",
    "->push(1)",
    "->length",
];

struct Gen<'a> {
    rng: &'a mut Rng,
    commands: Vec<&'static str>,
}

impl Gen<'_> {
    fn expr(&mut self, depth: usize) -> String {
        if depth == 0 || self.rng.chance(30) {
            return if self.rng.chance(50) {
                self.rng.pick(LOCALS).to_string()
            } else {
                self.rng.pick(LITERALS).to_string()
            };
        }
        match self.rng.below(8) {
            0 | 1 => format!(
                "{}{}{}",
                self.expr(depth - 1),
                self.rng.pick(OPS),
                self.expr(depth - 1)
            ),
            2 => format!("({})", self.expr(depth - 1)),
            3 => format!("{}{}", self.expr(depth - 1), self.rng.pick(MEMBERS)),
            4 => {
                let n = self.rng.below(4);
                let args: Vec<String> = (0..n).map(|_| self.expr(depth - 1)).collect();
                let cmd = self.rng.pick(&self.commands).to_string();
                if args.is_empty() {
                    cmd
                } else {
                    format!("{cmd}({})", args.join("; "))
                }
            }
            5 => format!(
                "{} ? {} : {}",
                self.expr(depth - 1),
                self.expr(depth - 1),
                self.expr(depth - 1)
            ),
            6 => format!("->{}", self.rng.pick(LOCALS)),
            _ => format!("Try({})", self.expr(depth - 1)),
        }
    }

    fn block(&mut self, depth: usize, out: &mut String) {
        let n = 1 + self.rng.below(4);
        for _ in 0..n {
            self.stmt(depth, out);
        }
    }

    fn stmt(&mut self, depth: usize, out: &mut String) {
        let d = if depth == 0 { 0 } else { self.rng.below(depth) };
        match if depth == 0 {
            self.rng.below(3)
        } else {
            self.rng.below(16)
        } {
            0 => out.push_str(&format!("{}:={}\n", self.rng.pick(LOCALS), self.expr(3))),
            1 => out.push_str(&format!("ALERT(String({}))\n", self.expr(3))),
            2 => out.push_str(&format!("{}+={}\n", self.rng.pick(LOCALS), self.expr(2))),
            3 => {
                out.push_str(&format!("If ({})\n", self.expr(2)));
                self.block(d, out);
                if self.rng.chance(50) {
                    out.push_str("Else\n");
                    self.block(d, out);
                }
                out.push_str("End if\n");
            }
            4 => {
                out.push_str(&format!("For ($i; {}; {})\n", self.expr(1), self.expr(1)));
                self.block(d, out);
                out.push_str("End for\n");
            }
            5 => {
                out.push_str(&format!("For each ($x; {})\n", self.expr(2)));
                self.block(d, out);
                out.push_str("End for each\n");
            }
            6 => {
                out.push_str(&format!("While ({})\n", self.expr(2)));
                self.block(d, out);
                out.push_str("End while\n");
            }
            7 => {
                out.push_str("Case of\n");
                for _ in 0..1 + self.rng.below(3) {
                    out.push_str(&format!(": ({})\n", self.expr(2)));
                    self.block(d, out);
                }
                out.push_str("End case\n");
            }
            8 => {
                out.push_str("Try\n");
                self.block(d, out);
                out.push_str("Catch\n");
                self.block(d, out);
                out.push_str("End try\n");
            }
            9 => out.push_str(&format!(
                "var {} : {}\n",
                self.rng.pick(LOCALS),
                self.rng
                    .pick(&["Text", "Integer", "Object", "Collection", "Date", "Pointer"])
            )),
            10 => out.push_str(&format!(
                "{}({})\n",
                self.rng
                    .pick(&["Recurse", "ON ERR CALL", "throw", "ASSERT"]),
                self.expr(2)
            )),
            11 => {
                out.push_str(&format!("Use ({})\n", self.expr(1)));
                self.block(d, out);
                out.push_str("End use\n");
            }
            12 => {
                out.push_str("Repeat\n");
                self.block(d, out);
                out.push_str(&format!("Until ({})\n", self.expr(2)));
            }
            13 => {
                // A multiple query: the first argument without a conjunction,
                // then conjunctions with and without their own `;`.
                out.push_str(&format!("QUERY([T:1];[T:1]F={};*)\n", self.expr(1)));
                for _ in 0..self.rng.below(4) {
                    let conj = self.rng.pick(&["&", "|", "#", "&;", "|;", "#;"]);
                    let cmp = self.rng.pick(&["=", "#", "<", "<=", ">", ">=", "%"]);
                    out.push_str(&format!(
                        "QUERY([T:1]; {conj} [T:1]F{cmp}{};*)\n",
                        self.expr(1)
                    ));
                }
                out.push_str("QUERY([T:1])\n");
            }
            14 => {
                // Assignments as arguments, nested in calls.
                let target = self.rng.pick(LOCALS);
                let op = self.rng.pick(&[":=", "+=", "*="]);
                let inner = format!("Formula({target}{op}{})", self.expr(2));
                out.push_str(&format!(
                    "APPLY TO SELECTION([T:1]; [T:1]F:=String({inner}.call()))\n"
                ));
            }
            _ => out.push_str(&format!("{}->:={}\n", self.rng.pick(LOCALS), self.expr(2))),
        }
    }
}

fn mutate(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    for _ in 0..1 + rng.below(6) {
        if bytes.is_empty() {
            bytes.extend_from_slice(b"$a:=1\n");
        }
        let at = rng.below(bytes.len());
        match rng.below(7) {
            0 => bytes[at] = rng.next_u64() as u8,
            1 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let piece = rng.pick(&[
                    "(", ")", "[", "]", "{", "}", "\"", "/*", "*/", "\\\n", "If (", "End if\n",
                    ":=", "->", "$", "\n",
                ]);
                bytes.splice(at..at, piece.bytes());
            }
            3 => {
                let end = (at + rng.below(80)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                let to = rng.below(bytes.len());
                bytes.splice(to..to, copy);
            }
            4 => bytes.truncate(at),
            5 => bytes.insert(at, b'\r'),
            _ => {
                bytes.splice(at..at, [0xC3, 0x28]);
            }
        }
    }
    bytes
}

/// What one run of an input did: its output and how it ended. `None` when
/// a limit of time stopped it (a second run may stop elsewhere).
type Outcome = Option<(String, String)>;

/// Commands whose result differs from run to run by design — they read the
/// clock, make a fresh sandbox folder, draw a new UUID, or read and write
/// files (the second run finds what the first one wrote): two runs of an
/// input that calls one may rightly print different things.
const UNREPEATABLE: &[&str] = &[
    "current date",
    "current time",
    "milliseconds",
    "tickcount",
    "timestamp",
    "temporary folder",
    "system folder",
    "get 4d folder",
    "generate uuid",
    "file(",
    "folder(",
    "document",
    "packet",
    "path",
];

/// The project folder of every input: an empty folder in the system's
/// temporary folder, so that generated file commands (`DELETE FOLDER`,
/// `TEXT TO DOCUMENT`…) touch nothing of the repository.
fn fuzz_root() -> std::path::PathBuf {
    static ROOT: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    ROOT.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("fourd-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&root);
        root
    })
    .clone()
}

/// Reads, checks and (when it checks clean) runs one input both ways,
/// within limits; says whether the two runs differ.
fn run_input(text: &str, session: &Session) -> bool {
    let compiled = run_once(text, session, false);
    let lower = text.to_lowercase();
    if UNREPEATABLE.iter().any(|c| lower.contains(c)) {
        return false;
    }
    match (compiled, run_once(text, session, true)) {
        (Some(compiled), Some(walked)) => compiled != walked,
        _ => false,
    }
}

/// One run of an input: compiled, or walked (`tree_walk`).
fn run_once(text: &str, session: &Session, tree_walk: bool) -> Outcome {
    let source = SourceFile::new("fuzz.4dm", text.to_string());
    let unit = Unit {
        kind: UnitKind::Method,
        name: "fuzz".to_string(),
        source,
    };
    let names = fourd::names::NameTable::with_methods(["fuzz", "Recurse"]);
    let parsed = parse_unit(&unit, &names);
    if parsed.has_errors() {
        return None;
    }
    let recurse_src = SourceFile::new("Recurse.4dm", "Recurse($1)\n".to_string());
    let recurse = parse_unit(
        &Unit {
            kind: UnitKind::Method,
            name: "Recurse".into(),
            source: recurse_src,
        },
        &names,
    );
    let program = Program::build(
        fourd::builtins::natives(),
        &["fuzz", "Recurse"],
        &[parsed, recurse],
    );
    let Some(Some(main)) = program.methods.first().cloned() else {
        return None;
    };
    let printed = fourd::testing::Captured::default();
    let out = Output {
        stdout: Box::new(printed.clone()),
        stderr: Box::new(std::io::sink()),
    };
    let mut program = program;
    // File commands work in a folder of their own, never in the repository.
    program.root = Some(fuzz_root());
    let mut interp = Interp::new(program, clone_session(session), out);
    interp.limits.max_steps = Some(20_000);
    interp.limits.timeout = Some(Duration::from_millis(500));
    interp.limits.max_depth = 300;
    interp.tree_walk = tree_walk;
    interp.random_state = 0x5EED;
    let ended = match interp.run_method(main, Vec::new()) {
        Ok(_) => "ok".to_string(),
        Err(e) if e.fault.code == -30017 => return None,
        Err(e) => format!("{} {}", e.fault.code, e.fault.message),
    };
    Some((printed.text(), ended))
}

fn clone_session(_: &Session) -> Session {
    Session::start(&SessionOptions::default(), Directory::built_ins())
        .expect("a built-in session")
        .0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let seconds: f64 = value("--seconds")
        .and_then(|s| s.parse().ok())
        .unwrap_or(10.0);
    let max_inputs: u64 = value("--inputs")
        .and_then(|s| s.parse().ok())
        .unwrap_or(u64::MAX);
    let seed: u64 = value("--seed")
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_F0D4);
    let out_dir = PathBuf::from(value("--out").unwrap_or_else(|| "target/fuzz".to_string()));
    let _ = std::fs::create_dir_all(&out_dir);
    let corpus = value("--corpus")
        .map(|dir| fourd::project::all_4dm_files(Path::new(&dir)))
        .unwrap_or_default();
    let corpus: Vec<Vec<u8>> = corpus
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .filter(|b| b.len() < 200_000)
        .collect();

    // A watchdog: an input running for more than 10 s is a hang.
    let heartbeat = Arc::new(AtomicU64::new(0));
    let beat = heartbeat.clone();
    let hang_file = out_dir.join("current.4dm");
    std::thread::spawn(move || {
        let mut last = (u64::MAX, Instant::now());
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let n = beat.load(Ordering::Relaxed);
            if n != last.0 {
                last = (n, Instant::now());
            } else if last.1.elapsed() > Duration::from_secs(10) {
                eprintln!(
                    "fourd-fuzz: HANG on input {n}; it is in {}",
                    hang_file.display()
                );
                std::process::exit(1);
            }
        }
    });

    std::panic::set_hook(Box::new(|_| {}));
    let session = clone_session(
        &Session::start(&SessionOptions::default(), Directory::built_ins())
            .expect("session")
            .0,
    );
    let mut rng = Rng(seed | 1);
    let commands: Vec<&'static str> = fourd::builtins::TABLE
        .iter()
        .filter(|b| b.number != 156)
        .map(|b| b.name)
        .collect();
    let started = Instant::now();
    let (mut inputs, mut panics, mut generated, mut mutated) = (0u64, 0u64, 0u64, 0u64);
    let mut diffs = 0u64;
    while inputs < max_inputs && started.elapsed().as_secs_f64() < seconds {
        let bytes = if !corpus.is_empty() && rng.chance(40) {
            mutated += 1;
            let base = rng.pick(&corpus).clone();
            mutate(&mut rng, base)
        } else {
            generated += 1;
            let mut g = Gen {
                rng: &mut rng,
                commands: commands.clone(),
            };
            let mut text = String::new();
            g.block(3, &mut text);
            if g.rng.chance(30) {
                mutate(g.rng, text.into_bytes())
            } else {
                text.into_bytes()
            }
        };
        let _ = std::fs::write(out_dir.join("current.4dm"), &bytes);
        heartbeat.store(inputs, Ordering::Relaxed);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_input(&text, &session)));
        let finding = match result {
            Err(_) => Some(("PANIC", "panic", &mut panics)),
            Ok(true) => Some(("compiled and walked runs DIFFER", "diff", &mut diffs)),
            Ok(false) => None,
        };
        if let Some((what, stem, count)) = finding {
            *count += 1;
            let file = out_dir.join(format!("{stem}-{count}.4dm"));
            let _ = std::fs::write(&file, &bytes);
            eprintln!(
                "fourd-fuzz: {what} on input {inputs}, saved to {}",
                file.display()
            );
        }
        inputs += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "fourd-fuzz: {inputs} inputs ({generated} generated, {mutated} mutated from {} corpus files) in {elapsed:.1} s ({:.0}/s), seed {seed}: {panics} panic(s), 0 hangs, {diffs} difference(s) between compiled and walked runs",
        corpus.len(),
        inputs as f64 / elapsed.max(1e-9)
    );
    std::process::exit(if panics + diffs > 0 { 1 } else { 0 });
}
