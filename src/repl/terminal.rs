//! The two ways the REPL reads: a terminal (rustyline: prompts, history,
//! completion, Ctrl-C and Ctrl-D) or piped input (no prompts, no colours, one
//! result per line, so transcripts can be tested).

use super::editor::FourdHelper;
use super::reader::{EntryReader, Fed};
use super::state::{Repl, Reply, history_path, may_hold_password};
use crate::cli::exit::{FAILED, OK, USAGE};
use crate::diag;
use crate::eval::Output;
use rustyline::config::Config;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Editor};
use std::cell::{Cell, RefCell};
use std::io::{BufRead, Write};
use std::path::Path;
use std::rc::Rc;

const PROMPT: &str = "4D> ";
const CONTINUE: &str = "... ";

/// Where piped input's diagnostics say they are: `<stdin>:LINE:COL`.
const PIPED_NAME: &str = "<stdin>";
/// The terminal's entries, numbered by the lines typed.
const TERMINAL_NAME: &str = "<input>";

/// Prints a reply: its lines to stdout; its diagnostics to stderr, plain when
/// piped (one line each) and as reports on a terminal.
fn print_reply(reply: &Reply, color: bool, piped: bool) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in &reply.lines {
        let _ = writeln!(out, "{line}");
    }
    let _ = out.flush();
    print_diagnostics(&reply.diagnostics, color, piped);
}

fn print_diagnostics(diagnostics: &[diag::Diagnostic], color: bool, piped: bool) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for d in diagnostics {
        let text = if piped {
            diag::render_plain(d)
        } else {
            diag::render_report(d, color)
        };
        let _ = writeln!(err, "{}", text.trim_end());
    }
    let _ = err.flush();
}

fn failed(reply: &Reply) -> bool {
    reply.failed || reply.diagnostics.iter().any(diag::Diagnostic::is_error)
}

/// Piped input: entries are read line by line until complete. Errors go to
/// stderr, named by input line; the exit status is 1 when an entry failed.
pub fn run_piped(repl: &mut Repl) -> i32 {
    let stdin = std::io::stdin();
    let mut reader = EntryReader::default();
    let mut any_failed = false;
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if !reader.is_open() && line.trim_start().starts_with(':') {
            reader.skip_line();
            let reply = repl.handle(&line);
            print_reply(&reply, false, true);
            any_failed |= failed(&reply);
            if reply.quit {
                break;
            }
            continue;
        }
        match reader.feed(&line, PIPED_NAME) {
            Fed::More => {}
            Fed::Entry(text) => {
                let reply = repl.run_entry(&text, PIPED_NAME);
                any_failed |= failed(&reply);
                print_reply(&reply, false, true);
            }
            Fed::LineErrors(diags) => {
                any_failed = true;
                print_diagnostics(&diags, false, true);
            }
        }
    }
    if let Some(text) = reader.finish() {
        let reply = repl.run_entry(&text, PIPED_NAME);
        any_failed |= failed(&reply);
        print_reply(&reply, false, true);
    }
    if any_failed { FAILED } else { OK }
}

/// Script output on a terminal, remembering whether it ended a line: the
/// prompt is drawn from the start of its line, so a partial line (`LOG
/// EVENT` without a newline) is ended first instead of being overwritten.
struct LineTracking {
    ended: Rc<Cell<bool>>,
}

impl Write for LineTracking {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = std::io::stdout().write(buf)?;
        if let Some(last) = buf[..n].last() {
            self.ended.set(*last == b'\n');
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stdout().flush()
    }
}

/// Ends the script's partial output line, if it left one.
fn end_partial_line(ended: &Cell<bool>) {
    if !ended.get() {
        println!();
        ended.set(true);
    }
}

/// A terminal: prompts, history in the user's data folder (written after
/// each entry), completion, hints, highlighting; Ctrl-C cancels the entry
/// being typed or stops a running one. Lines typed ahead while an entry runs
/// are kept (rustyline's `buffer-redux`) and run in order.
pub fn run_terminal(mut repl: Repl) -> i32 {
    let color = crate::diag::use_color(&std::io::stdout());
    let interrupt = repl.interp.limits.interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    let ended = Rc::new(Cell::new(true));
    repl.set_output(Output {
        stdout: Box::new(LineTracking {
            ended: ended.clone(),
        }),
        stderr: Box::new(std::io::stderr()),
    });
    let repl = Rc::new(RefCell::new(repl));
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<FourdHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("fourd: cannot start the line editor: {e}");
            return USAGE;
        }
    };
    editor.set_helper(Some(FourdHelper {
        repl: repl.clone(),
        color,
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
    }
    println!(
        "fourd {} — 4D in a terminal. :help for help, Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut reader = EntryReader::default();
    loop {
        end_partial_line(&ended);
        let prompt = if reader.is_open() { CONTINUE } else { PROMPT };
        match editor.readline(prompt) {
            Ok(line) => {
                let reply = if !reader.is_open() && line.trim_start().starts_with(':') {
                    reader.skip_line();
                    remember(&mut editor, history.as_deref(), &line);
                    repl.borrow_mut().handle(&line)
                } else {
                    match reader.feed(&line, TERMINAL_NAME) {
                        Fed::More => continue,
                        Fed::LineErrors(diags) => {
                            print_diagnostics(&diags, color, false);
                            continue;
                        }
                        Fed::Entry(text) => {
                            remember(&mut editor, history.as_deref(), text.trim());
                            repl.borrow_mut().run_entry(&text, TERMINAL_NAME)
                        }
                    }
                };
                end_partial_line(&ended);
                if reply.diagnostics.iter().any(interrupted) {
                    // The terminal echoed ^C on the output line: end it.
                    println!();
                }
                print_reply(&reply, color, false);
                if reply.quit {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                if reader.is_open() {
                    reader.cancel();
                    println!("(entry cancelled)");
                }
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("fourd: {e}");
                break;
            }
        }
    }
    OK
}

/// Adds an entry to the history and writes the history file now, so a
/// crash or a killed terminal loses nothing.
fn remember(editor: &mut Editor<FourdHelper, DefaultHistory>, file: Option<&Path>, entry: &str) {
    if entry.is_empty() || may_hold_password(entry) {
        return;
    }
    let _ = editor.add_history_entry(entry);
    if let Some(file) = file {
        let _ = editor.append_history(file);
    }
}

/// Whether a diagnostic is the stop of a run by Ctrl-C.
fn interrupted(d: &diag::Diagnostic) -> bool {
    matches!(&d.code, diag::Code::Runtime { code, .. } if *code == crate::eval::rt_error::code::INTERRUPTED)
}
