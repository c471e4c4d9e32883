//! The two ways the REPL reads: a terminal (rustyline: prompts, history,
//! completion, Ctrl-C and Ctrl-D) or piped input (no prompts, no colours, one
//! result per line, so transcripts can be tested).

use super::editor::FourdHelper;
use super::entry::{is_incomplete, push_line};
use super::state::{Repl, Reply, history_path, may_hold_password};
use crate::diag;
use rustyline::config::Config;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{CompletionType, Editor};
use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::rc::Rc;

const PROMPT: &str = "4D> ";
const CONTINUE: &str = "... ";

fn print_reply(reply: &Reply, color: bool, piped: bool) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in &reply.lines {
        let _ = writeln!(out, "{line}");
    }
    let _ = out.flush();
    for d in &reply.diagnostics {
        if piped {
            let _ = writeln!(out, "{}", diag::render_plain(d));
        } else {
            eprintln!("{}", diag::render_report(d, color).trim_end());
        }
    }
}

/// Piped input: entries are read line by line until complete.
pub fn run_piped(repl: &mut Repl) -> i32 {
    let stdin = std::io::stdin();
    let mut buffer = String::new();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if buffer.is_empty() && line.trim_start().starts_with(':') {
            let reply = repl.handle(&line);
            print_reply(&reply, false, true);
            if reply.quit {
                return 0;
            }
            continue;
        }
        push_line(&mut buffer, &line);
        if is_incomplete(&buffer) {
            continue;
        }
        let reply = repl.handle(&buffer);
        buffer.clear();
        print_reply(&reply, false, true);
    }
    if !buffer.trim().is_empty() {
        print_reply(&repl.handle(&buffer), false, true);
    }
    0
}

/// A terminal: prompts, history in the user's data folder, completion, hints,
/// highlighting; Ctrl-C cancels the entry being typed or stops a running one.
pub fn run_terminal(repl: Repl) -> i32 {
    let color = crate::diag::use_color(&std::io::stdout());
    let interrupt = repl.interp.limits.interrupt.clone();
    let _ = ctrlc::set_handler(move || interrupt.store(true, std::sync::atomic::Ordering::Relaxed));
    let repl = Rc::new(RefCell::new(repl));
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut editor: Editor<FourdHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("fourd: cannot start the line editor: {e}");
            return 2;
        }
    };
    editor.set_helper(Some(FourdHelper {
        repl: repl.clone(),
        color,
    }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "fourd {} — 4D in a terminal. :help for help, Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { PROMPT } else { CONTINUE };
        match editor.readline(prompt) {
            Ok(line) => {
                push_line(&mut buffer, &line);
                let is_command = buffer.trim_start().starts_with(':');
                if !is_command && is_incomplete(&buffer) {
                    continue;
                }
                let entry = std::mem::take(&mut buffer);
                if !entry.trim().is_empty() && !may_hold_password(&entry) {
                    let _ = editor.add_history_entry(entry.trim_end());
                }
                let reply = repl.borrow_mut().handle(&entry);
                print_reply(&reply, color, false);
                if reply.quit {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                if !buffer.is_empty() {
                    buffer.clear();
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
    if let Some(h) = &history {
        if let Some(dir) = h.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(h);
    }
    0
}
