//! 4D's processes, run deterministically in one thread (docs/processes.md).
//!
//! A process is a number, a name, a kind (the main process, a process of
//! `New process`, a worker of `CALL WORKER`), a mailbox of messages (workers)
//! and, while it is not the running one, its saved context (`context.rs`:
//! process variables, call stack, error handlers). The scheduler
//! (`schedule.rs`) runs other processes only at 4D's waiting points —
//! `DELAY PROCESS`, `IDLE`, a signal's `.wait()`, the end of the main method —
//! nested on the waiting process's stack, in process-number order, with a
//! virtual clock that only moves when every process that can run waits.
//! `signal.rs` holds `4D.Signal`'s state, semaphores live in the table.

mod context;
mod schedule;
mod signal;

pub use context::ProcessContext;
pub use schedule::Wake;
pub use signal::SignalCell;

use super::value::Value;
use std::collections::{BTreeSet, VecDeque};
use std::rc::Rc;

/// A process number (`Current process`): 1 for the main process.
pub type ProcessNumber = i64;

/// fourd's error when every process waits and none can wake the others.
pub const DEADLOCK: i32 = -30040;
/// fourd's error when a run creates more processes than it may.
pub const TOO_MANY_PROCESSES: i32 = -30041;

/// At most this many processes alive at once (`New process` fails beyond,
/// returning 0 as 4D does when it cannot create a process).
pub const MAX_LIVE: usize = 10_000;
/// At most this many processes in a whole run: a process that spawns
/// processes forever ends the run with a located error.
pub const MAX_CREATED: u64 = 100_000;
/// At most this many messages in a whole run: a worker that calls itself
/// forever ends the run with a located error.
pub const MAX_MESSAGES: u64 = 1_000_000;
/// Processes that may wait nested on one another's stacks; deeper, a
/// waiting process runs no other (docs/processes.md).
pub const MAX_NESTED: usize = 64;

/// Which kind of process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The process the run starts in (number 1, a worker 4D made itself).
    Main,
    /// Made by `New process`: runs its method once, then ends.
    Process,
    /// Made by `CALL WORKER`: runs its messages, one after the other, until
    /// `KILL WORKER`.
    Worker,
}

/// What a process is doing, as `Process state` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Made, not run yet.
    NotStarted,
    /// Running (or waiting nested under a running process).
    Running,
    /// A worker whose mailbox is empty.
    Idle,
    /// Its method returned, or it was aborted or killed.
    Ended,
}

/// What a waiting process waits for (`Process state`: Delayed or Waiting
/// for internal flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    No,
    Delayed,
    Flag,
}

/// Code a worker's message runs.
#[derive(Debug, Clone)]
pub enum Job {
    /// A project method by name (`""`: the worker's own method).
    Method(Rc<str>),
    /// A formula object.
    Formula(Value),
}

/// One message of a worker's mailbox (`CALL WORKER`).
#[derive(Debug, Clone)]
pub struct Message {
    pub job: Job,
    pub args: Vec<Value>,
}

/// One process of the run.
#[derive(Debug)]
pub struct Process {
    pub number: ProcessNumber,
    pub name: Rc<str>,
    pub kind: Kind,
    pub status: Status,
    pub waiting: Waiting,
    /// The method it was started with (`New process`, or a worker's first
    /// message's method), for `CALL WORKER(w; "")` and `Process info`.
    pub method: Rc<str>,
    /// `New process`'s parameters, until the process starts.
    pub start_args: Vec<Value>,
    pub mailbox: VecDeque<Message>,
    /// Its context while it is not the running process (none before it
    /// starts and once it ends).
    pub context: Option<Box<ProcessContext>>,
    /// `PAUSE PROCESS`: not run until `RESUME PROCESS`.
    pub paused: bool,
    /// `DELAY PROCESS` from another process: not run before this tick.
    pub delayed_until: u64,
    /// `ABORT PROCESS BY ID` or `KILL WORKER` asked it to stop.
    pub stop: bool,
    /// `HIDE PROCESS` (kept for `Process info`'s `visible`).
    pub visible: bool,
    /// Preemptive (a worker or process whose method is thread-safe; fourd
    /// runs every process cooperatively but keeps the rule).
    pub preemptive: bool,
    /// Virtual tick at which it was made (`Process info`'s `creationDateTime`).
    pub created_tick: u64,
}

impl Process {
    fn new(number: ProcessNumber, name: &str, kind: Kind, method: &str, tick: u64) -> Process {
        Process {
            number,
            name: Rc::from(name),
            kind,
            status: Status::NotStarted,
            waiting: Waiting::No,
            method: Rc::from(method),
            start_args: Vec::new(),
            mailbox: VecDeque::new(),
            context: None,
            paused: false,
            delayed_until: 0,
            stop: false,
            visible: true,
            preemptive: false,
            created_tick: tick,
        }
    }

    /// Still alive (not ended).
    pub fn alive(&self) -> bool {
        self.status != Status::Ended
    }

    /// 4D's `Process state` value.
    pub fn state_code(&self) -> i64 {
        match (self.status, self.waiting) {
            (Status::Ended, _) => -1,
            _ if self.paused => 5,
            (_, Waiting::Delayed) => 1,
            (_, Waiting::Flag) => 4,
            // An idle worker waits for its next message (4D reports a worker
            // between messages as waiting for an event).
            (Status::Idle, _) => 2,
            _ => 0,
        }
    }
}

/// Every process of the run, the running one, the stack of nested ones and
/// the virtual clock.
#[derive(Debug)]
pub struct ProcessTable {
    /// By number: `list[n - 1]` is process `n` (numbers are never reused).
    list: Vec<Process>,
    /// The numbers of the live processes: what the scheduler looks at, so a
    /// run that made many processes does not slow down.
    live: BTreeSet<ProcessNumber>,
    /// The running process.
    pub current: ProcessNumber,
    /// Processes running nested, outermost first (the running one last).
    pub(crate) chain: Vec<ProcessNumber>,
    /// The virtual clock, in ticks (1/60 s): moves when every process that
    /// can run waits, and by one tick per slice another process runs.
    pub clock: u64,
    /// The process the scheduler ran last (round robin from the next one).
    last_run: ProcessNumber,
    /// Processes and messages so far (bounded: `MAX_CREATED`, `MAX_MESSAGES`).
    pub created: u64,
    pub messages: u64,
    /// Semaphores set, by name, with their owner.
    pub semaphores: Vec<(String, ProcessNumber)>,
}

impl Default for ProcessTable {
    fn default() -> Self {
        let mut main = Process::new(1, "Main process", Kind::Main, "", 0);
        main.status = Status::Running;
        ProcessTable {
            list: vec![main],
            live: BTreeSet::from([1]),
            current: 1,
            chain: vec![1],
            clock: 0,
            last_run: 1,
            created: 1,
            messages: 0,
            semaphores: Vec::new(),
        }
    }
}

impl ProcessTable {
    /// Process `n`, if it exists.
    pub fn get(&self, n: ProcessNumber) -> Option<&Process> {
        usize::try_from(n - 1).ok().and_then(|i| self.list.get(i))
    }

    pub fn get_mut(&mut self, n: ProcessNumber) -> Option<&mut Process> {
        usize::try_from(n - 1)
            .ok()
            .and_then(|i| self.list.get_mut(i))
    }

    /// The running process.
    pub fn running(&self) -> &Process {
        &self.list[(self.current - 1) as usize]
    }

    pub fn running_mut(&mut self) -> &mut Process {
        &mut self.list[(self.current - 1) as usize]
    }

    /// The live process with this name (case-sensitive, as 4D's names are
    /// compared; the newest first).
    pub fn named(&self, name: &str) -> Option<ProcessNumber> {
        self.live_processes()
            .rev()
            .find(|p| &*p.name == name)
            .map(|p| p.number)
    }

    /// The live processes, by number.
    pub fn live_processes(&self) -> impl DoubleEndedIterator<Item = &Process> {
        self.live.iter().map(|&n| &self.list[(n - 1) as usize])
    }

    /// Ends process `n`: its messages and context are dropped.
    pub fn end(&mut self, n: ProcessNumber) {
        if let Some(p) = self.get_mut(n) {
            p.status = Status::Ended;
            p.mailbox.clear();
            p.context = None;
        }
        self.live.remove(&n);
    }

    /// Every process, by number.
    pub fn all(&self) -> &[Process] {
        &self.list
    }

    /// Processes alive now.
    pub fn live_count(&self) -> usize {
        self.live.len()
    }

    /// A new process (not started); its number, or why it cannot be made.
    pub fn create(
        &mut self,
        name: &str,
        kind: Kind,
        method: &str,
    ) -> Result<ProcessNumber, &'static str> {
        if self.created >= MAX_CREATED {
            return Err("the run created too many processes");
        }
        if self.live_count() >= MAX_LIVE {
            return Err("too many processes are alive at once");
        }
        self.created += 1;
        let number = self.list.len() as ProcessNumber + 1;
        self.list
            .push(Process::new(number, name, kind, method, self.clock));
        self.live.insert(number);
        Ok(number)
    }

    /// Posts a message to worker `n`.
    pub fn post(&mut self, n: ProcessNumber, message: Message) -> Result<(), &'static str> {
        if self.messages >= MAX_MESSAGES {
            return Err("the run posted too many worker messages");
        }
        self.messages += 1;
        if let Some(p) = self.get_mut(n) {
            p.mailbox.push_back(message);
            if p.status == Status::Idle {
                p.status = Status::Running;
            }
        }
        Ok(())
    }

    /// Whether process `p` can be given a slice now: not on the stack of
    /// nested processes, not paused, and with something to do.
    fn runnable(&self, p: &Process) -> bool {
        p.delayed_until <= self.clock && self.has_work(p)
    }

    /// Whether process `p` has something to run and may run it, the clock
    /// aside.
    fn has_work(&self, p: &Process) -> bool {
        if !p.alive() || p.paused || self.chain.contains(&p.number) {
            return false;
        }
        match p.kind {
            Kind::Process => p.status == Status::NotStarted,
            Kind::Worker | Kind::Main => !p.mailbox.is_empty(),
        }
    }

    /// The next process to run, round robin after the last one run.
    pub fn next_runnable(&self) -> Option<ProcessNumber> {
        if self.chain.len() >= MAX_NESTED {
            return None;
        }
        let after = self.live.range(self.last_run + 1..);
        let before = self.live.range(..=self.last_run);
        after
            .chain(before)
            .map(|&n| &self.list[(n - 1) as usize])
            .find(|p| self.runnable(p))
            .map(|p| p.number)
    }

    /// The earliest tick at which a process held back by `DELAY PROCESS`
    /// could run again.
    pub fn next_delayed(&self) -> Option<u64> {
        self.live_processes()
            .filter(|p| p.delayed_until > self.clock && self.has_work(p))
            .map(|p| p.delayed_until)
            .min()
    }

    /// The live processes and what each waits for, for the deadlock error.
    pub fn waiting_names(&self) -> String {
        self.live_processes()
            .map(|p| {
                let what = match (p.kind, p.waiting) {
                    _ if p.paused => "is paused",
                    (_, Waiting::Flag) => "waits for a signal",
                    (_, Waiting::Delayed) => "is delayed",
                    (Kind::Worker | Kind::Main, _) if p.status == Status::Idle => {
                        "waits for a message"
                    }
                    _ => "waits under another process",
                };
                format!("'{}' ({}) {what}", p.name, p.number)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl super::Interp {
    /// Milliseconds since the run started (`Milliseconds`, `Tickcount`):
    /// the real time plus the virtual clock's, so a `DELAY PROCESS` that did
    /// not sleep still shows as time gone by.
    pub fn run_millis(&self) -> u128 {
        self.started.elapsed().as_millis() + u128::from(self.processes.clock) * 1000 / 60
    }
}

/// A virtual tick as an ISO date-time (`Process info`'s `creationDateTime`):
/// ticks after 2000-01-01T00:00:00Z, so a run always reports the same.
pub fn tick_timestamp(tick: u64) -> String {
    let ms = tick * 1000 / 60;
    let secs = ms / 1000;
    let (h, m, s) = (secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let days = secs / 86_400;
    format!(
        "2000-01-{:02}T{h:02}:{m:02}:{s:02}.{:03}Z",
        1 + days.min(30),
        ms % 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_creation_and_names_find_live_processes() {
        let mut t = ProcessTable::default();
        let a = t.create("a", Kind::Process, "m").unwrap();
        let b = t.create("b", Kind::Worker, "").unwrap();
        assert_eq!((a, b), (2, 3));
        assert_eq!(t.named("a"), Some(2));
        t.end(a);
        assert_eq!(t.named("a"), None);
        assert_eq!(t.get(a).map(|p| p.state_code()), Some(-1));
        assert_eq!(t.live_count(), 2);
    }

    #[test]
    fn round_robin_after_the_last_run() {
        let mut t = ProcessTable::default();
        let a = t.create("a", Kind::Process, "m").unwrap();
        let b = t.create("b", Kind::Process, "m").unwrap();
        t.last_run = a;
        assert_eq!(t.next_runnable(), Some(b));
        t.last_run = b;
        assert_eq!(t.next_runnable(), Some(a));
        t.get_mut(a).unwrap().paused = true;
        assert_eq!(t.next_runnable(), Some(b));
    }

    #[test]
    fn a_run_makes_a_bounded_number_of_processes_and_messages() {
        let mut t = ProcessTable {
            created: MAX_CREATED,
            ..Default::default()
        };
        assert!(t.create("x", Kind::Process, "m").is_err());
        t.messages = MAX_MESSAGES;
        let message = Message {
            job: Job::Method(Rc::from("m")),
            args: Vec::new(),
        };
        assert!(t.post(1, message).is_err());
    }

    #[test]
    fn delayed_processes_wake_in_order() {
        let mut t = ProcessTable::default();
        let a = t.create("a", Kind::Process, "m").unwrap();
        t.get_mut(a).unwrap().delayed_until = 30;
        assert_eq!(t.next_runnable(), None);
        assert_eq!(t.next_delayed(), Some(30));
        t.clock = 30;
        assert_eq!(t.next_runnable(), Some(a));
    }
}
