//! External programs: `SET ENVIRONMENT VARIABLE`, `LAUNCH EXTERNAL PROCESS`
//! (docs/commands/launch-external-process.md) and `OPEN URL`.
//!
//! A script reaches only what its run allows: `LAUNCH EXTERNAL PROCESS` is
//! refused (error -30023, `OK` 0) unless the run was started with
//! `--allow-exec`, since a program it starts can read and write anything the
//! user can. `OPEN URL` has no browser to open in a headless run, and does
//! nothing, as the page says of a machine without one.

use super::{BResult, Call, Fail};
use crate::eval::{Fault, Interp, Place, Unwind, Value, VarType, code};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// fourd's code for a command the run does not allow (docs/language.md §19.2).
pub const NOT_ALLOWED: i32 = -30023;

/// The options 4D reads from the environment for the next launch only.
const CURRENT_DIRECTORY: &str = "_4D_OPTION_CURRENT_DIRECTORY";
const HIDE_CONSOLE: &str = "_4D_OPTION_HIDE_CONSOLE";
const BLOCKING: &str = "_4D_OPTION_BLOCKING_EXTERNAL_PROCESS";

/// What `SET ENVIRONMENT VARIABLE` set: for each name, a value, or `None`
/// when `""` asked for the default back (the variable as fourd inherited it).
#[derive(Default)]
struct Environment {
    vars: BTreeMap<String, Option<String>>,
    /// The `_4D_OPTION_…` variables, valid for the next launch.
    options: BTreeMap<String, String>,
}

/// `SET ENVIRONMENT VARIABLE(name; value)`: a variable of the environment of
/// the programs `LAUNCH EXTERNAL PROCESS` starts; `""` restores the default.
/// fourd's own environment does not change.
pub fn set_environment_variable(it: &mut Interp, c: &mut Call) -> BResult {
    let (name, value) = (c.text(0).to_string(), c.text(1).to_string());
    let env = it.native_state.get::<Environment>();
    if name.starts_with("_4D_OPTION_") {
        // "For this variable, passing \"\" in varValue does nothing" (blocking);
        // for the others "" clears the option.
        if value.is_empty() {
            if name != BLOCKING {
                env.options.remove(&name);
            }
        } else {
            env.options.insert(name, value);
        }
    } else {
        env.vars.insert(name, (!value.is_empty()).then_some(value));
    }
    Ok(Value::Undefined)
}

/// `LAUNCH EXTERNAL PROCESS(command{; input{; output{; error}}}{; pid})`.
/// The command line is the program (found on `PATH` when it has no `/`) and
/// its arguments, split at blanks; double or single quotes keep blanks
/// inside one argument. `input` is written to the program's stdin; `output`
/// and `error` receive its stdout and stderr as UTF-8 text; `pid` its
/// process id. `OK` is 1, or 0 when the program cannot start.
pub fn launch_external_process(it: &mut Interp, c: &mut Call) -> BResult {
    set_ok(it, false);
    if !it.allow_exec {
        return Err(Fault::rt(
            NOT_ALLOWED,
            "LAUNCH EXTERNAL PROCESS is not allowed in this run: start fourd with --allow-exec to let scripts run programs",
        )
        .into());
    }
    // `LAUNCH EXTERNAL PROCESS(command; $pid)`: a number variable second is the pid.
    let pid_only = c.len() == 2 && matches!(c.value(1), Value::Real(_));
    let pid_place = if pid_only {
        Some(it.place(&c.nodes[1])?)
    } else {
        c.place(4).cloned()
    };
    let input = if pid_only {
        String::new()
    } else {
        match c.value(1) {
            Value::Text(t) => t.as_str().to_string(),
            Value::Undefined => String::new(),
            other => crate::eval::display::to_text(other),
        }
    };
    let words = split_command_line(c.text(0));
    let Some((program, args)) = words.split_first() else {
        return Ok(Value::Undefined);
    };
    let env = it.native_state.get::<Environment>();
    let options = std::mem::take(&mut env.options);
    let mut command = Command::new(program);
    command.args(args);
    for (name, value) in &env.vars {
        match value {
            Some(v) => command.env(name, v),
            None => command.env_remove(name),
        };
    }
    if let Some(dir) = options.get(CURRENT_DIRECTORY) {
        command.current_dir(dir);
    }
    let _ = options.get(HIDE_CONSOLE); // Windows only: no console to hide.
    let blocking = options.get(BLOCKING).is_none_or(|v| v != "false");
    if !blocking {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let Ok(child) = command.spawn() else {
            return Ok(Value::Undefined);
        };
        store_pid(it, c, pid_place.as_ref(), child.id())?;
        set_ok(it, true);
        return Ok(Value::Undefined);
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let Ok(mut child) = command.spawn() else {
        return Ok(Value::Undefined);
    };
    store_pid(it, c, pid_place.as_ref(), child.id())?;
    // Feed stdin and drain stdout and stderr on their own threads, so that a
    // program that writes a lot before reading does not block on a pipe.
    let stdin = child.stdin.take();
    let feeder = std::thread::spawn(move || {
        if let Some(mut pipe) = stdin {
            let _ = pipe.write_all(input.as_bytes());
        }
    });
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    if let Err(u) = wait_within_limits(it, &mut child, c) {
        let _ = child.kill();
        let _ = child.wait();
        return Err(u.into());
    }
    let _ = feeder.join();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    for (arg, bytes) in [(2, stdout), (3, stderr)] {
        if !pid_only && let Some(place) = c.place(arg).cloned() {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            it.store(&place, Value::text(text), c.span)?;
        }
    }
    set_ok(it, true);
    Ok(Value::Undefined)
}

/// Waits for the program, as long as the run's `--timeout` and Ctrl-C allow.
fn wait_within_limits(
    it: &Interp,
    child: &mut std::process::Child,
    c: &Call,
) -> Result<(), Unwind> {
    let deadline = it.limits.timeout.map(|t| it.started + t);
    loop {
        match child.try_wait() {
            Ok(Some(_)) | Err(_) => return Ok(()),
            Ok(None) => {}
        }
        let interrupted = it
            .limits
            .interrupt
            .load(std::sync::atomic::Ordering::Relaxed);
        if interrupted || deadline.is_some_and(|d| Instant::now() > d) {
            let (n, what) = if interrupted {
                (code::INTERRUPTED, "Interrupted")
            } else {
                (code::TIME_LIMIT, "Time limit reached")
            };
            let e = it.located(Fault::rt(n, what), c.span);
            return Err(Unwind::Uncaught(Box::new(e)));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn store_pid(it: &mut Interp, c: &Call, place: Option<&Place>, pid: u32) -> Result<(), Fail> {
    if let Some(p) = place {
        it.store(p, Value::int(i64::from(pid)), c.span)?;
    }
    Ok(())
}

fn set_ok(it: &mut Interp, ok: bool) {
    it.set_process("OK", Value::int(i64::from(ok)), VarType::Integer);
}

/// A command line split at blanks; `"…"` and `'…'` keep blanks inside one
/// argument (and are removed).
fn split_command_line(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut has = false;
    let mut quote: Option<char> = None;
    for ch in line.chars() {
        match (quote, ch) {
            (Some(q), ch) if ch == q => quote = None,
            (Some(_), ch) => word.push(ch),
            (None, '"' | '\'') => {
                quote = Some(ch);
                has = true;
            }
            (None, ch) if ch.is_whitespace() => {
                if has {
                    words.push(std::mem::take(&mut word));
                    has = false;
                }
            }
            (None, ch) => {
                word.push(ch);
                has = true;
            }
        }
    }
    if has {
        words.push(word);
    }
    words
}

/// `OPEN URL(path{; appName}{; *})`: a headless run has no browser and no
/// desktop application to open anything in; as on a machine without a
/// browser, the command has no effect.
pub fn open_url(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Undefined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_lines_split_at_blanks_outside_quotes() {
        assert_eq!(
            split_command_line("/bin/ls -l /Users"),
            ["/bin/ls", "-l", "/Users"]
        );
        assert_eq!(
            split_command_line(r#"cat "my file.txt"  'a b' """#),
            ["cat", "my file.txt", "a b", ""]
        );
        assert!(split_command_line("   ").is_empty());
    }
}
