//! Bounds on a run, so no script hangs or exhausts the stack: a step budget, a
//! time limit, a call-depth cap, and an interrupt flag (Ctrl-C in the REPL).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// 4D's call depth is bounded too; beyond this many nested calls fourd raises
/// -30010 (docs/language.md §13).
pub const DEFAULT_MAX_DEPTH: usize = 2000;

#[derive(Debug, Clone)]
pub struct Limits {
    /// Statements (and loop passes) allowed; `None` = no limit.
    pub max_steps: Option<u64>,
    pub timeout: Option<Duration>,
    pub max_depth: usize,
    /// Set from another thread (a signal handler) to stop the run.
    pub interrupt: Arc<AtomicBool>,
    /// `QUIT 4D` ran: every step takes the slow path, which reports it, so
    /// the interpreter can stop once the calling method has returned.
    quit_pending: bool,
    steps: u64,
    /// The step count at which `tick` next looks at the clock and the budget.
    next_check: u64,
    started: Option<Instant>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: None,
            timeout: None,
            max_depth: DEFAULT_MAX_DEPTH,
            interrupt: Arc::new(AtomicBool::new(false)),
            quit_pending: false,
            steps: 0,
            next_check: 0,
            started: None,
        }
    }
}

/// Why a limit stopped the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Steps,
    Time,
    Interrupted,
    /// Not a limit: `QUIT 4D` is pending (see [`Limits::set_quit_pending`]).
    Quit,
}

impl Limits {
    /// Starts counting for a new run (or REPL entry).
    pub fn start(&mut self) {
        self.steps = 0;
        self.next_check = 0;
        self.started = Some(Instant::now());
        self.interrupt.store(false, Ordering::Relaxed);
    }

    /// Counts one step; every 4096 steps (and exactly at the step budget) it
    /// also looks at the clock and the interrupt flag, so the common path is
    /// one add and one compare.
    #[inline]
    pub fn tick(&mut self) -> Result<(), Exceeded> {
        self.steps += 1;
        if self.steps < self.next_check {
            return Ok(());
        }
        self.slow_check()
    }

    /// Makes every step report [`Exceeded::Quit`] (or stop doing so).
    pub fn set_quit_pending(&mut self, pending: bool) {
        self.quit_pending = pending;
        self.next_check = self.steps;
    }

    #[cold]
    fn slow_check(&mut self) -> Result<(), Exceeded> {
        self.next_check = self.steps + 4096;
        if self.quit_pending {
            self.next_check = self.steps + 1;
        }
        if let Some(max) = self.max_steps {
            self.next_check = self.next_check.min(max + 1);
        }
        if let Some(max) = self.max_steps
            && self.steps > max
        {
            return Err(Exceeded::Steps);
        }
        if self.interrupt.load(Ordering::Relaxed) {
            return Err(Exceeded::Interrupted);
        }
        if let (Some(t), Some(start)) = (self.timeout, self.started)
            && start.elapsed() > t
        {
            return Err(Exceeded::Time);
        }
        if self.quit_pending {
            return Err(Exceeded::Quit);
        }
        Ok(())
    }

    pub fn steps(&self) -> u64 {
        self.steps
    }
}
