//! What belongs to one process and is set aside while another runs: its
//! process variables, its call stack, its error handlers and `Use` depth.
//! Interprocess variables, `Storage`, the datastore and the session stay
//! shared (docs/processes.md).

use super::super::frame::CallFrame;
use super::super::interp::{ErrorState, Interp};
use super::super::value::{Slot, VarType};

/// A process's state while it is not the running process.
#[derive(Debug, Default)]
pub struct ProcessContext {
    process: Vec<Slot>,
    stack: Vec<Slot>,
    frames: Vec<CallFrame>,
    base: usize,
    errors: ErrorState,
    use_depth: usize,
    preemptive: bool,
}

impl ProcessContext {
    /// The context a new process starts with: its system variables (`OK`,
    /// `Document`, `Error`…) at their type's empty value, as every process
    /// has them (decision, as for the main process).
    pub fn fresh(it: &mut Interp, preemptive: bool) -> Box<ProcessContext> {
        let mut process = Vec::new();
        for (name, ty) in SYSTEM_VARIABLES {
            let id = it.program.process.intern(name) as usize;
            if process.len() <= id {
                process.resize(id + 1, Slot::default());
            }
            process[id] = Slot {
                value: ty.default_value(),
                ty,
            };
        }
        Box::new(ProcessContext {
            process,
            stack: Vec::with_capacity(64),
            preemptive,
            ..Default::default()
        })
    }
}

/// The system variables every process has.
const SYSTEM_VARIABLES: [(&str, VarType); 6] = [
    ("OK", VarType::Integer),
    ("Document", VarType::Text),
    ("Error", VarType::Integer),
    ("Error method", VarType::Text),
    ("Error line", VarType::Integer),
    ("Error formula", VarType::Text),
];

impl Interp {
    /// Exchanges the running process's context with `ctx`: what was running
    /// goes into `ctx`, what `ctx` held runs. The global error handler
    /// (`ON ERR CALL(…; ek global)`) is the application's: it stays.
    pub(crate) fn swap_process_context(&mut self, ctx: &mut ProcessContext) {
        std::mem::swap(&mut self.process, &mut ctx.process);
        std::mem::swap(&mut self.stack, &mut ctx.stack);
        std::mem::swap(&mut self.frames, &mut ctx.frames);
        std::mem::swap(&mut self.base, &mut ctx.base);
        std::mem::swap(&mut self.errors, &mut ctx.errors);
        std::mem::swap(&mut self.use_depth, &mut ctx.use_depth);
        std::mem::swap(&mut self.preemptive, &mut ctx.preemptive);
        self.errors.global_handler = ctx.errors.global_handler.clone();
    }
}

impl Interp {
    /// Runs `f` with process `n`'s process variables in place of the
    /// running process's, then puts them back: how `GET PROCESS VARIABLE`
    /// and its siblings reach another process's instance of a variable,
    /// while locals (an element's index) stay the caller's. None when
    /// process `n` has no variables (it has not started, or it has ended).
    pub fn in_process_context<R>(
        &mut self,
        n: super::ProcessNumber,
        f: impl FnOnce(&mut Interp) -> R,
    ) -> Option<R> {
        if n == self.processes.current {
            return Some(f(self));
        }
        let mut ctx = self.processes.get_mut(n)?.context.take()?;
        std::mem::swap(&mut self.process, &mut ctx.process);
        let r = f(self);
        std::mem::swap(&mut self.process, &mut ctx.process);
        if let Some(p) = self.processes.get_mut(n) {
            p.context = Some(ctx);
        }
        Some(r)
    }
}
