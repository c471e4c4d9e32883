//! The scheduler: one process runs at a time; another runs only when the
//! running one waits (`DELAY PROCESS`, `IDLE`, a signal's `.wait()`, `PAUSE
//! PROCESS` on itself) or when the main method has ended. A waiting process
//! gives slices to the others, nested on its own stack, in process-number
//! order from the one after the last run: a new process runs its method to
//! its end, a worker runs one message. Each slice moves the virtual clock one
//! tick; when no process can run, the clock jumps to the earliest wake-up.
//! The same program therefore always interleaves the same way.

use super::super::interp::Interp;
use super::super::rt_error::{Fault, RtError, Unwind};
use super::super::value::Value;
use super::{
    DEADLOCK, Job, Kind, ProcessContext, ProcessNumber, SignalCell, Status, TOO_MANY_PROCESSES,
    Waiting,
};
use crate::source::Span;
use std::rc::Rc;

/// What a waiting process waits for.
pub enum Wake {
    /// `DELAY PROCESS`: until the clock reaches this tick.
    Tick(u64),
    /// `.wait()`: until the signal is triggered, or the clock reaches the
    /// deadline (none: forever).
    Signal(Rc<SignalCell>, Option<u64>),
    /// `IDLE`: until no other process can run.
    Idle,
    /// `PAUSE PROCESS` on itself: until another process resumes it.
    Resumed,
}

impl Interp {
    /// Waits at one of 4D's waiting points, running the other processes
    /// meanwhile. For a signal: whether it was triggered (false at the
    /// timeout). A process that another asked to stop (`ABORT PROCESS BY
    /// ID`, `KILL WORKER`) unwinds from here.
    pub(crate) fn wait_for(&mut self, wake: Wake, span: Span) -> Result<bool, Unwind> {
        let me = self.processes.current;
        self.processes.running_mut().waiting = match wake {
            Wake::Tick(_) => Waiting::Delayed,
            Wake::Signal(..) | Wake::Resumed => Waiting::Flag,
            Wake::Idle => Waiting::No,
        };
        let result = self.wait_loop(&wake, span);
        if let Some(p) = self.processes.get_mut(me) {
            p.waiting = Waiting::No;
        }
        result
    }

    fn wait_loop(&mut self, wake: &Wake, span: Span) -> Result<bool, Unwind> {
        loop {
            let me = self.processes.running();
            if me.stop && me.kind != Kind::Worker {
                return Err(Unwind::Abort(None));
            }
            let clock = self.processes.clock;
            match wake {
                Wake::Tick(t) if clock >= *t => return Ok(true),
                Wake::Signal(s, _) if s.signaled() => return Ok(true),
                Wake::Signal(_, Some(t)) if clock >= *t => return Ok(false),
                Wake::Resumed if !me.paused => return Ok(true),
                _ => {}
            }
            if let Some(q) = self.processes.next_runnable() {
                self.run_slice(q, span)?;
                continue;
            }
            let delayed = self.processes.next_delayed();
            let deadline = match wake {
                Wake::Tick(t) | Wake::Signal(_, Some(t)) => delayed.map_or(*t, |d| d.min(*t)),
                Wake::Idle => return Ok(true),
                _ if delayed.is_some() => delayed.unwrap_or_default(),
                Wake::Signal(_, None) | Wake::Resumed => {
                    let names = self.processes.waiting_names();
                    return Err(self.fail(
                        Fault::rt(
                            DEADLOCK,
                            format!(
                                "Every process is waiting and none can run to wake them: {names}"
                            ),
                        ),
                        span,
                    ));
                }
            };
            self.processes.clock = self.processes.clock.max(deadline);
        }
    }

    /// Runs the processes left when the main method has ended: new
    /// processes to their end, workers (the main process too) until their
    /// mailboxes are empty (docs/processes.md).
    pub fn run_pending_processes(&mut self) -> Result<(), Box<RtError>> {
        let span = Span::default();
        loop {
            let r = if let Some(message) = self.processes.running_mut().mailbox.pop_front() {
                self.processes.clock += 1;
                self.run_message(message, span)
            } else if let Some(q) = self.processes.next_runnable() {
                self.run_slice(q, span)
            } else if let Some(t) = self.processes.next_delayed() {
                self.processes.clock = t;
                Ok(())
            } else {
                return Ok(());
            };
            match r {
                Ok(()) | Err(Unwind::Abort(None)) => {}
                Err(Unwind::Error(e) | Unwind::ToTry(e) | Unwind::Uncaught(e)) => return Err(e),
                Err(Unwind::Abort(Some(e))) => return Err(e),
            }
        }
    }

    /// Gives process `q` one slice: its method to its end (a new process) or
    /// its next message (a worker), in its own context.
    fn run_slice(&mut self, q: ProcessNumber, span: Span) -> Result<(), Unwind> {
        let table = &mut self.processes;
        table.clock += 1;
        table.last_run = q;
        let me = table.current;
        let Some(p) = table.get_mut(q) else {
            return Ok(());
        };
        let (kind, started, preemptive) = (p.kind, p.status != Status::NotStarted, p.preemptive);
        let saved = p.context.take();
        p.status = Status::Running;
        let mut ctx = match saved {
            Some(ctx) => ctx,
            None => ProcessContext::fresh(self, preemptive),
        };
        self.swap_process_context(&mut ctx);
        if let Some(caller) = self.processes.get_mut(me) {
            caller.context = Some(ctx);
        }
        self.processes.current = q;
        self.processes.chain.push(q);
        let result = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || {
            if kind == Kind::Process && !started {
                self.start_process(span)
            } else {
                match self.processes.running_mut().mailbox.pop_front() {
                    Some(message) => self.run_message(message, span),
                    None => Ok(()),
                }
            }
        });
        self.processes.chain.pop();
        self.processes.current = me;
        let mut ctx = self
            .processes
            .get_mut(me)
            .and_then(|caller| caller.context.take())
            .unwrap_or_default();
        self.swap_process_context(&mut ctx);
        let ended = kind == Kind::Process || self.processes.get(q).is_none_or(|p| p.stop);
        if ended {
            self.processes.end(q);
        } else if let Some(p) = self.processes.get_mut(q) {
            p.status = if p.mailbox.is_empty() {
                Status::Idle
            } else {
                Status::Running
            };
            p.context = Some(ctx);
        }
        match result {
            Ok(()) | Err(Unwind::Abort(None)) => Ok(()),
            Err(Unwind::Abort(Some(e))) => Err(Unwind::Abort(Some(e))),
            Err(Unwind::Error(e) | Unwind::ToTry(e) | Unwind::Uncaught(e)) => {
                Err(Unwind::Abort(Some(self.in_process(e, q))))
            }
        }
    }

    /// A new process's first slice: its method with its parameters.
    fn start_process(&mut self, span: Span) -> Result<(), Unwind> {
        let p = self.processes.running_mut();
        let args = std::mem::take(&mut p.start_args);
        let method = Value::text(&*p.method);
        self.call_callable(&method, Value::Undefined, args, span)
            .map(|_| ())
    }

    /// One message of the running worker.
    fn run_message(&mut self, message: super::Message, span: Span) -> Result<(), Unwind> {
        let callee = match message.job {
            Job::Formula(f) => f,
            Job::Method(name) if name.is_empty() => {
                let own = self.processes.running().method.clone();
                if own.is_empty() {
                    return Ok(());
                }
                Value::text(&*own)
            }
            Job::Method(name) => Value::text(&*name),
        };
        self.call_callable(&callee, Value::Undefined, message.args, span)
            .map(|_| ())
    }

    /// An uncaught error of process `q`, saying which process it stopped.
    fn in_process(&self, mut e: Box<RtError>, q: ProcessNumber) -> Box<RtError> {
        if let Some(p) = self.processes.get(q) {
            e.fault.message = format!("{} (in process '{}', number {q})", e.fault.message, p.name);
        }
        e
    }

    /// `New process` or `CALL WORKER` could not make a process: 4D's answer
    /// is an error (and 0).
    pub(crate) fn too_many_processes(why: &str) -> Fault {
        Fault::rt(
            TOO_MANY_PROCESSES,
            format!("Cannot create a process: {why}"),
        )
    }
}
