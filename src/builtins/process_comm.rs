//! The Process (Communications) theme: workers (docs/commands/call-worker.md,
//! kill-worker.md), `CALL FORM` headless (call-form.md), and semaphores
//! (semaphore.md, clear-semaphore.md, test-semaphore.md). Signals are in
//! `process_signal.rs`, process variables in `process_vars.rs`.

use super::process::{into_process, preemptive_method};
use super::{BResult, Call};
use crate::eval::process::{Job, Kind, Message, ProcessNumber, Status, Wake};
use crate::eval::{Fault, Interp, Value};
use std::rc::Rc;

/// `CALL WORKER(process; formula {; param…})`: posts a message to the worker
/// named (made when no worker has the name) or numbered (nothing when that
/// process is not a worker).
pub fn call_worker(it: &mut Interp, c: &mut Call) -> BResult {
    let job = match c.value(1) {
        Value::Formula(_) => Job::Formula(c.value(1).clone()),
        Value::Text(t) => {
            let name = t.as_str();
            if !name.is_empty() && it.program.method_by_name(name).is_none() {
                return Err(Fault::unknown_method(name).into());
            }
            Job::Method(Rc::from(name))
        }
        _ => return Err(Fault::arguments("CALL WORKER").into()),
    };
    let target = match c.value(0) {
        Value::Text(name) => {
            let name = name.as_str().to_string();
            match worker_named(it, &name) {
                Some(n) => n,
                None => {
                    let method = match &job {
                        Job::Method(m) => m.to_string(),
                        Job::Formula(_) => String::new(),
                    };
                    let n = it
                        .processes
                        .create(&name, Kind::Worker, &method)
                        .map_err(Interp::too_many_processes)?;
                    let preemptive = preemptive_method(it, &method);
                    if let Some(p) = it.processes.get_mut(n) {
                        p.preemptive = preemptive;
                        p.status = Status::Running;
                    }
                    n
                }
            }
        }
        _ => {
            let n = c.int(0);
            match it.processes.get(n) {
                Some(p) if p.alive() && p.kind != Kind::Process => n,
                _ => return Ok(Value::Undefined),
            }
        }
    };
    // A worker that was just killed does not post to itself (kill-worker.md).
    if target == it.processes.current && it.processes.running().stop {
        return Ok(Value::Undefined);
    }
    // `CALL WORKER(1; "")` does nothing: the main process has no method.
    if matches!(&job, Job::Method(m) if m.is_empty())
        && it
            .processes
            .get(target)
            .is_some_and(|p| p.method.is_empty())
    {
        return Ok(Value::Undefined);
    }
    let args = c.take_from(2).into_iter().map(into_process).collect();
    it.processes
        .post(target, Message { job, args })
        .map_err(Interp::too_many_processes)?;
    Ok(Value::Undefined)
}

/// The live worker (or main process) with this name, not being killed.
fn worker_named(it: &Interp, name: &str) -> Option<ProcessNumber> {
    it.processes
        .live_processes()
        .rev()
        .find(|p| !p.stop && p.kind != Kind::Process && &*p.name == name)
        .map(|p| p.number)
}

/// `KILL WORKER{(process)}`: the worker drops its pending messages and ends
/// after the running one; the main process only empties its mailbox.
pub fn kill_worker(it: &mut Interp, c: &mut Call) -> BResult {
    let n = match c.get(0) {
        None => it.processes.current,
        Some(Value::Text(name)) => match worker_named(it, name.as_str()) {
            Some(n) => n,
            None => return Ok(Value::Undefined),
        },
        Some(_) => c.int(0),
    };
    let Some(p) = it.processes.get_mut(n) else {
        return Ok(Value::Undefined);
    };
    match p.kind {
        Kind::Process => {}
        Kind::Main => p.mailbox.clear(),
        Kind::Worker => {
            p.mailbox.clear();
            p.stop = true;
            if p.status == Status::Idle {
                it.processes.end(n);
            }
        }
    }
    Ok(Value::Undefined)
}

/// `CALL FORM(window; formula {; param…})`: a headless run has no form
/// window, and a call to a window that does not exist does nothing.
pub fn call_form(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Undefined)
}

/// The longest semaphore name; longer ones are truncated (semaphore.md).
const SEMAPHORE_NAME: usize = 255;

fn semaphore_name(c: &Call) -> String {
    c.text(0).chars().take(SEMAPHORE_NAME).collect()
}

/// `Semaphore(name {; tickCount})`: False when it sets the semaphore (or
/// the running process holds it already), True when another process holds
/// it — after waiting up to `tickCount` ticks for it to be cleared.
pub fn semaphore(it: &mut Interp, c: &mut Call) -> BResult {
    let name = semaphore_name(c);
    let me = it.processes.current;
    let deadline = it.processes.clock + c.int(1).max(0) as u64;
    loop {
        match it.processes.semaphores.iter().find(|(n, _)| *n == name) {
            None => {
                it.processes.semaphores.push((name, me));
                return Ok(Value::Bool(false));
            }
            Some((_, owner)) if *owner == me => return Ok(Value::Bool(false)),
            Some(_) if it.processes.clock >= deadline => return Ok(Value::Bool(true)),
            Some(_) => {
                let next = it.processes.clock + 1;
                it.wait_for(Wake::Tick(next), c.span)?;
            }
        }
    }
}

/// `CLEAR SEMAPHORE(name)`: only the process that set it can clear it.
pub fn clear_semaphore(it: &mut Interp, c: &mut Call) -> BResult {
    let name = semaphore_name(c);
    let me = it.processes.current;
    it.processes
        .semaphores
        .retain(|(n, owner)| !(*n == name && *owner == me));
    Ok(Value::Undefined)
}

/// `Test semaphore(name)`: whether it is set, without setting it.
pub fn test_semaphore(it: &mut Interp, c: &mut Call) -> BResult {
    let name = semaphore_name(c);
    Ok(Value::Bool(
        it.processes.semaphores.iter().any(|(n, _)| *n == name),
    ))
}
