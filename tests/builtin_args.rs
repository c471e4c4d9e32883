//! Wrong argument types and counts for every built-in: a 4D error, never a
//! panic (issue 8). Walks the whole command table.

use fourd::eval::{Interp, Output, Program};
use fourd::repl::{EntryResult, eval_entry};
use fourd::session::{Directory, Session, SessionOptions};

fn interp() -> Interp {
    let (session, _) =
        Session::start(&SessionOptions::default(), Directory::built_ins()).expect("session");
    let out = Output {
        stdout: Box::new(std::io::sink()),
        stderr: Box::new(std::io::sink()),
    };
    let mut it = Interp::new(Program::empty(fourd::builtins::natives()), session, out);
    it.limits.max_steps = Some(100_000);
    it
}

const ARGUMENTS: &[&str] = &[
    "",
    "Null",
    "42",
    "-1",
    "\"text\"",
    "True",
    "New object(\"a\"; 1)",
    "New collection(1; \"b\")",
    "!2024-01-31!",
    "?01:00:00?",
    "->$p",
    "$undefinedVar",
    "Null; Null; Null",
    "1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12",
    "\"a\"; \"b\"; \"c\"; \"d\"; \"e\"; \"f\"; \"g\"; \"h\"",
    "$arr; 1",
    "*",
];

#[test]
fn every_builtin_with_wrong_arguments() {
    let mut it = interp();
    let mut calls = 0;
    for b in fourd::builtins::TABLE {
        if b.number == 156 {
            // ABORT ends the entry on purpose.
            continue;
        }
        for args in ARGUMENTS {
            let call = if args.is_empty() {
                b.name.to_string()
            } else {
                format!("{}({args})", b.name)
            };
            let entry = format!("ARRAY TEXT($arr; 2)\n$x:={call}");
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                eval_entry(&mut it, &entry, "<walk>")
            }));
            match result {
                Err(_) => panic!("{call} panicked"),
                Ok(EntryResult::Errors(diags, _)) => {
                    assert!(
                        diags.iter().all(|d| !d.message.is_empty()),
                        "{call}: an error without message"
                    );
                }
                Ok(_) => {}
            }
            calls += 1;
        }
        // A fresh interpreter now and then: a command may change the session.
        if calls % 200 == 0 {
            it = interp();
        }
    }
    assert!(calls > 1000, "only {calls} calls");
}

#[test]
fn wrong_count_is_error_30008() {
    let mut it = interp();
    for (entry, code) in [
        ("Length", "-30008"),
        ("Length(1; 2)", "-30008"),
        ("Substring(\"a\")", "-30008"),
        ("New object(\"a\")", "-30008"),
    ] {
        match eval_entry(&mut it, entry, "<t>") {
            EntryResult::Errors(d, true) => {
                assert!(fourd::diag::render_plain(&d[0]).contains(code), "{entry}")
            }
            other => panic!("{entry}: {other:?}"),
        }
    }
}
