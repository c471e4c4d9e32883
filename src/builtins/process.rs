//! The Processes theme (docs/commands/new-process.md, current-process.md,
//! process-state.md, process-info.md, process-properties.md, count-tasks.md,
//! delay-process.md, pause-process.md, resume-process.md,
//! abort-process-by-id.md, idle.md, process-aborted.md…) over fourd's
//! deterministic scheduler (src/eval/process, docs/processes.md).

use super::outputs::store_arg;
use super::{BResult, Call, Fail};
use crate::eval::process::{Kind, ProcessNumber, Status, Wake};
use crate::eval::{Fault, Interp, Value};
use crate::syntax::attributes::Preemptive;

/// `Process state`'s answer for a number no process has.
const DOES_NOT_EXIST: i64 = -100;
/// `Process info`'s `type` and `PROCESS PROPERTIES`' origin.
const MAIN_PROCESS: i64 = -1;
const OTHER_USER_PROCESS: i64 = 4;
const WORKER_PROCESS: i64 = 5;

/// The value objects and collections take into another process: a copy,
/// unless shared (new-process.md, call-worker.md: "passed by copy ... if you
/// want to pass an object or collection parameter by reference, you must use
/// a shared object or collection"). Shared objects inside a copied one stay
/// references too (a signal in a parameter object is still the caller's).
pub(crate) fn into_process(v: Value) -> Value {
    copy_unshared(&v, 0)
}

/// Objects nest at most this deep in a copy (as `OB Copy`'s copy does).
const MAX_COPY_DEPTH: usize = 512;

fn copy_unshared(v: &Value, depth: usize) -> Value {
    match v {
        Value::Object(o) if !o.borrow().shared && depth < MAX_COPY_DEPTH => {
            let o = o.borrow();
            let props = o
                .props
                .iter()
                .map(|(k, v)| (k.clone(), copy_unshared(v, depth + 1)))
                .collect();
            Value::Object(std::rc::Rc::new(std::cell::RefCell::new(
                crate::eval::value::Object {
                    props,
                    shared: false,
                    meta: o.meta.clone(),
                },
            )))
        }
        Value::Collection(c) if !c.borrow().shared && depth < MAX_COPY_DEPTH => {
            let items = c
                .borrow()
                .items
                .iter()
                .map(|v| copy_unshared(v, depth + 1))
                .collect();
            Value::new_collection(items)
        }
        other => other.clone(),
    }
}

/// Whether the project method `name` may run preemptively (its attributes).
pub(crate) fn preemptive_method(it: &Interp, name: &str) -> bool {
    it.program
        .method_by_name(name)
        .and_then(|m| it.program.methods[m as usize].as_ref())
        .is_some_and(|m| m.attributes.preemptive == Preemptive::Capable)
}

/// `New process(method; stack {; name {; param…}}{; *})`
pub fn new_process(it: &mut Interp, c: &mut Call) -> BResult {
    let method = c.text(0).to_string();
    let name = c.text(2).to_string();
    if c.star
        && let Some(n) = it.processes.named(&name)
    {
        return Ok(Value::int(n));
    }
    if it.program.method_by_name(&method).is_none() {
        return Err(Fault::unknown_method(&method).into());
    }
    let args: Vec<Value> = c.take_from(3).into_iter().map(into_process).collect();
    let preemptive = preemptive_method(it, &method);
    let n = it
        .processes
        .create(&name, Kind::Process, &method)
        .map_err(Interp::too_many_processes)?;
    if let Some(p) = it.processes.get_mut(n) {
        p.start_args = args;
        p.preemptive = preemptive;
    }
    Ok(Value::int(n))
}

pub fn current_process(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(it.processes.current))
}

pub fn current_process_name(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::text(&*it.processes.running().name))
}

/// `Process state(process)`: -100 for a number no process has.
pub fn process_state(it: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(
        it.processes
            .get(c.int(0))
            .map_or(DOES_NOT_EXIST, |p| p.state_code()),
    ))
}

/// `Process number(name {; *})`: 0 when no live process has the name.
pub fn process_number(it: &mut Interp, c: &mut Call) -> BResult {
    Ok(Value::int(it.processes.named(c.text(0)).unwrap_or(0)))
}

fn origin(kind: Kind) -> i64 {
    match kind {
        Kind::Main => MAIN_PROCESS,
        Kind::Process => OTHER_USER_PROCESS,
        Kind::Worker => WORKER_PROCESS,
    }
}

/// `Process info(number)`: an object, Null for a wrong number.
pub fn process_info(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(p) = it.processes.get(c.int(0)) else {
        return Ok(Value::Null);
    };
    let created = crate::eval::process::tick_timestamp(p.created_tick);
    let props = vec![
        ("cpuTime", Value::Real(0.0)),
        ("cpuUsage", Value::Real(0.0)),
        ("creationDateTime", Value::text(created)),
        ("ID", Value::int(p.number)),
        ("name", Value::text(&*p.name)),
        ("number", Value::int(p.number)),
        ("preemptive", Value::Bool(p.preemptive)),
        ("sessionID", Value::text(SESSION_ID)),
        ("state", Value::int(p.state_code())),
        ("systemID", Value::text(p.number.to_string())),
        ("type", Value::int(origin(p.kind))),
        ("visible", Value::Bool(p.visible)),
    ];
    Ok(Value::new_object(
        props.into_iter().map(|(k, v)| (k.into(), v)).collect(),
    ))
}

/// The session every process of a run belongs to (a fixed UUID: runs are
/// reproducible).
const SESSION_ID: &str = "00000000000000000000000000000001";

/// `PROCESS PROPERTIES(process; name; state; time {; mode {; uniqueID {; origin}}})`:
/// a number no process has leaves the variables as they are.
pub fn process_properties(it: &mut Interp, c: &mut Call) -> BResult {
    let Some(p) = it.processes.get(c.int(0)) else {
        return Ok(Value::Undefined);
    };
    let (name, state, kind, visible, preemptive, number) = (
        p.name.clone(),
        p.state_code(),
        p.kind,
        p.visible,
        p.preemptive,
        p.number,
    );
    store_arg(it, c, 1, Value::text(&*name))?;
    store_arg(it, c, 2, Value::int(state))?;
    store_arg(it, c, 3, Value::int(0))?;
    if let Some(place) = c.place(4).cloned() {
        // A Boolean variable gets the visibility; else the bit field (bit 0
        // visible, bit 1 preemptive).
        let boolean = matches!(it.load(&place, c.span), Ok(Value::Bool(_)))
            || it
                .slot_mut(&place)
                .is_some_and(|s| s.ty == crate::eval::VarType::Boolean);
        let mode = if boolean {
            Value::Bool(visible)
        } else {
            Value::int(i64::from(visible) | (i64::from(preemptive) << 1))
        };
        it.store(&place, mode, c.span)?;
    }
    store_arg(it, c, 5, Value::int(number))?;
    store_arg(it, c, 6, Value::int(origin(kind)))?;
    Ok(Value::Undefined)
}

/// `Count tasks`: the highest process number (PROCESS PROPERTIES takes
/// numbers from 1 to Count tasks).
pub fn count_tasks(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(it.processes.all().len() as i64))
}

/// `Count user processes`: the live processes the code started (the main
/// process is 4D's own).
pub fn count_user_processes(it: &mut Interp, _: &mut Call) -> BResult {
    let n = it
        .processes
        .live_processes()
        .filter(|p| p.kind != Kind::Main)
        .count();
    Ok(Value::int(n as i64))
}

/// `Count users`: one (a headless run has one user).
pub fn count_users(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::int(1))
}

/// Ticks from a duration argument, at least 0.
fn ticks(x: f64) -> u64 {
    if x.is_finite() && x > 0.0 {
        x.ceil().min(u64::MAX as f64 / 2.0) as u64
    } else {
        0
    }
}

/// `DELAY PROCESS(process; duration)`: the running process waits
/// `duration` ticks of the virtual clock while others run; another process
/// is held back from running as long.
pub fn delay_process(it: &mut Interp, c: &mut Call) -> BResult {
    let n = c.int(0);
    let until = it.processes.clock + ticks(c.number(1));
    if n == it.processes.current {
        it.wait_for(Wake::Tick(until), c.span)?;
    } else if let Some(p) = it.processes.get_mut(n) {
        p.delayed_until = until;
    }
    Ok(Value::Undefined)
}

/// `IDLE`: lets every other process that can run do so.
pub fn idle(it: &mut Interp, c: &mut Call) -> BResult {
    it.wait_for(Wake::Idle, c.span)?;
    Ok(Value::Undefined)
}

/// `PAUSE PROCESS(process)`: a paused process does not run until resumed;
/// pausing the running process waits for another to resume it.
pub fn pause_process(it: &mut Interp, c: &mut Call) -> BResult {
    let n = c.int(0);
    let Some(p) = it.processes.get_mut(n) else {
        return Ok(Value::Undefined);
    };
    if p.kind == Kind::Main || !p.alive() {
        return Ok(Value::Undefined);
    }
    p.paused = true;
    if n == it.processes.current {
        it.wait_for(Wake::Resumed, c.span)?;
    }
    Ok(Value::Undefined)
}

/// `RESUME PROCESS(process)`: a paused or delayed process runs again.
pub fn resume_process(it: &mut Interp, c: &mut Call) -> BResult {
    if let Some(p) = it.processes.get_mut(c.int(0)) {
        p.paused = false;
        p.delayed_until = 0;
    }
    Ok(Value::Undefined)
}

/// `ABORT PROCESS BY ID(uniqueID)`: the process stops (the running one at
/// once; another when it next runs, or now if it has not started).
pub fn abort_process_by_id(it: &mut Interp, c: &mut Call) -> BResult {
    let n: ProcessNumber = c.int(0);
    let current = it.processes.current;
    let Some(p) = it.processes.get_mut(n) else {
        return Ok(Value::Undefined);
    };
    if !p.alive() {
        return Ok(Value::Undefined);
    }
    p.stop = true;
    p.mailbox.clear();
    if p.status == Status::NotStarted || p.status == Status::Idle {
        it.processes.end(n);
    }
    if n == current {
        return Err(Fail::Unwind(crate::eval::Unwind::Abort(None)));
    }
    Ok(Value::Undefined)
}

/// `Process aborted`: whether the running process was asked to stop (or
/// the application to quit).
pub fn process_aborted(it: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Bool(
        it.processes.running().stop || it.quit_requested(),
    ))
}

/// `HIDE PROCESS`/`SHOW PROCESS`: only `Process info`'s `visible` changes
/// (a headless run shows no window).
pub fn hide_process(it: &mut Interp, c: &mut Call) -> BResult {
    set_visible(it, c.int(0), false);
    Ok(Value::Undefined)
}

pub fn show_process(it: &mut Interp, c: &mut Call) -> BResult {
    set_visible(it, c.int(0), true);
    Ok(Value::Undefined)
}

fn set_visible(it: &mut Interp, n: ProcessNumber, visible: bool) {
    if let Some(p) = it.processes.get_mut(n) {
        p.visible = visible;
    }
}

/// `BRING TO FRONT(process)`: nothing to bring forward headless.
pub fn bring_to_front(_: &mut Interp, _: &mut Call) -> BResult {
    Ok(Value::Undefined)
}
