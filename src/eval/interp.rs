//! The interpreter's state for one run (or one REPL session): the program,
//! the session, variables, the call stack and 4D's error-handling state.
//! What it does lives beside it, one job per file: `exec` (statements),
//! `expr` (expressions), `place` (assignment), `call` (calls), `member`
//! (member functions), `error_handling`, `entry` (REPL entries).

use super::frame::CallFrame;
use super::limits::Limits;
use super::method::Method;
use super::program::Program;
use super::rt_error::{Fault, RtError, Unwind, code};
use super::value::{Object, Slot, Value, VarType};
use crate::session::Session;
use std::io::Write;
use std::rc::Rc;

/// Where a run's output goes: injected, so tests and the REPL can capture it.
pub struct Output {
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
}

impl Output {
    pub fn std() -> Output {
        Output {
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
        }
    }
}

/// The state of 4D's error handling (docs/language.md §19.3): the installed
/// handlers, the active `Try` blocks and the last error event.
#[derive(Debug, Default)]
pub struct ErrorState {
    pub local_handler: Option<Rc<str>>,
    pub global_handler: Option<Rc<str>>,
    /// Bumped by every `ON ERR CALL`, so a `Try` knows whether a handler was
    /// installed since it began.
    pub handler_generation: u64,
    /// One entry per active `Try`: the handler generation when it began.
    pub tries: Vec<u64>,
    pub in_handler: bool,
    /// `Last errors`: the most recent error event.
    pub last: Vec<Fault>,
    /// The same event with where it happened, for `throw` without arguments.
    pub last_event: Option<Box<RtError>>,
}

/// The interpreter's state for one run (or one REPL session).
pub struct Interp {
    pub program: Program,
    pub session: Session,
    pub out: Output,
    pub limits: Limits,
    /// Run methods by walking their trees, without their compiled form
    /// (`--tree-walk`): slower, and the reference the compiled form is
    /// tested against.
    pub tree_walk: bool,
    pub(super) process: Vec<Slot>,
    pub(super) interprocess: Vec<Slot>,
    pub(super) stack: Vec<Slot>,
    pub(super) frames: Vec<CallFrame>,
    /// First stack slot of the running frame (cached from `frames`).
    pub(super) base: usize,
    pub(super) serial: u64,
    pub(super) errors: ErrorState,
    /// Nesting of `Use` blocks: shared objects may change only inside one.
    pub(super) use_depth: usize,
    /// `SET REAL COMPARISON LEVEL`.
    pub epsilon: f64,
    pub assert_enabled: bool,
    /// Running in a preemptive process: thread-unsafe commands fail (-30021).
    pub preemptive: bool,
    /// `--user-param`, for `Get database parameter(User param value)`.
    pub user_param: String,
    /// `--allow-exec`: `LAUNCH EXTERNAL PROCESS` may start programs.
    pub allow_exec: bool,
    /// `--allow-path DIR` (repeatable): more folders file commands may use,
    /// beside the project folder and the run's temporary folder.
    pub allow_paths: Vec<std::path::PathBuf>,
    /// `--keep-temp`: the run's temporary folder stays when the run ends.
    pub keep_temp: bool,
    /// `QUIT 4D` ran in the method at this depth (frames): the run stops
    /// once that method has returned.
    quit_depth: Option<usize>,
    /// State of `Random` and `Generate UUID`.
    pub random_state: u64,
    /// When the run started (`Milliseconds`, `Tickcount`).
    pub started: std::time::Instant,
    /// What native code keeps between calls, by type (environment
    /// variables, database parameters, localized strings…).
    pub native_state: super::native::NativeState,
    /// `Storage`, made on first use.
    pub(crate) storage: Option<Value>,
    /// The `4D` and `cs` class stores, made on first use.
    class_stores: [Option<Value>; 2],
    /// Each component's `cs`, made once, by module (see `component.rs`).
    pub component_stores: Vec<(u16, Value)>,
    /// The datastore and each process's current selections and records, when the
    /// project has a structure (`catalog.4DCatalog`).
    pub db: Option<Box<crate::datastore::Database>>,
    /// The instances of singleton classes (`cs.Name.me`), by class name.
    singletons: Vec<(Rc<str>, Value)>,
    /// The constructors running, innermost last: whether each still owes
    /// its `Super()` call (super.md: -10743, -10746, -10748).
    pub(super) constructions: Vec<super::class::Construction>,
    /// The run's processes and their scheduler (docs/processes.md).
    pub processes: super::process::ProcessTable,
}

impl Interp {
    pub fn new(program: Program, session: Session, out: Output) -> Interp {
        let mut it = Interp::bare(program, session, out);
        // The system variables exist in every process, typed, at their
        // type's empty value (decision; 4D docs silent on initial values).
        for (name, ty) in [
            ("OK", VarType::Integer),
            ("Document", VarType::Text),
            ("Error", VarType::Integer),
            ("Error method", VarType::Text),
            ("Error line", VarType::Integer),
            ("Error formula", VarType::Text),
        ] {
            it.set_process(name, ty.default_value(), ty);
        }
        it
    }

    fn bare(program: Program, session: Session, out: Output) -> Interp {
        Interp {
            program,
            session,
            out,
            limits: Limits::default(),
            tree_walk: false,
            process: Vec::new(),
            interprocess: Vec::new(),
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            base: 0,
            serial: 0,
            errors: ErrorState::default(),
            use_depth: 0,
            epsilon: crate::conv::DEFAULT_EPSILON,
            assert_enabled: true,
            preemptive: false,
            user_param: String::new(),
            allow_exec: false,
            allow_paths: Vec::new(),
            keep_temp: false,
            quit_depth: None,
            random_state: seed(),
            started: std::time::Instant::now(),
            native_state: Default::default(),
            storage: None,
            class_stores: [None, None],
            constructions: Vec::new(),
            component_stores: Vec::new(),
            db: None,
            singletons: Vec::new(),
            processes: Default::default(),
        }
    }

    /// Runs a project method with arguments; the error, if any, is uncaught.
    pub fn run_method(
        &mut self,
        method: Rc<Method>,
        args: Vec<Value>,
    ) -> Result<Value, Box<RtError>> {
        self.limits.start();
        let span = method
            .body
            .first()
            .map_or_else(Default::default, |s| s.span);
        match self.call_method_values(method, args, span) {
            Ok(v) => Ok(v),
            Err(Unwind::Error(e) | Unwind::ToTry(e) | Unwind::Uncaught(e)) => Err(e),
            Err(Unwind::Abort(e)) => Err(e.unwrap_or_else(|| Box::new(self.abort_error()))),
        }
    }

    /// Whether the last failure was `ABORT` (exit without a message).
    pub fn is_abort(e: &RtError) -> bool {
        e.fault.code == code::ABORT
    }

    /// Whether the run stopped for `QUIT 4D` (exit 0, after `On Exit`).
    pub fn is_quit(e: &RtError) -> bool {
        e.fault.code == code::QUIT
    }

    /// `QUIT 4D`: the calling method finishes, then the run stops.
    pub fn request_quit(&mut self) {
        self.quit_depth = Some(self.frames.len());
        self.limits.set_quit_pending(true);
    }

    /// Whether `QUIT 4D` ran.
    pub fn quit_requested(&self) -> bool {
        self.quit_depth.is_some()
    }

    /// Forgets a `QUIT 4D` (before `On Exit` runs).
    pub fn clear_quit(&mut self) {
        self.quit_depth = None;
        self.limits.set_quit_pending(false);
    }

    /// At each step while `QUIT 4D` is pending: once the method that called
    /// it has returned, the run unwinds, past every `Try` and handler.
    pub(super) fn quit_if_returned(&self, span: crate::source::Span) -> Result<(), Unwind> {
        match self.quit_depth {
            Some(depth) if self.frames.len() < depth => Err(Unwind::Abort(Some(Box::new(
                self.located(Fault::rt(code::QUIT, "QUIT 4D"), span),
            )))),
            _ => Ok(()),
        }
    }

    /// The error an `ABORT` ends a run with.
    fn abort_error(&self) -> RtError {
        RtError {
            fault: Fault::rt(code::ABORT, "aborted"),
            file: self.current_file(),
            span: Default::default(),
            chain: Vec::new(),
            more: Vec::new(),
        }
    }

    /// The application's shared `Storage` object.
    pub fn storage(&mut self) -> &Value {
        self.storage.get_or_insert_with(|| {
            Value::Object(Rc::new(std::cell::RefCell::new(Object {
                shared: true,
                ..Default::default()
            })))
        })
    }

    /// The `4D` (built-in) or `cs` (project) class store, made once.
    pub fn class_store(&mut self, built_in: bool, make: impl FnOnce() -> Value) -> &Value {
        self.class_stores[usize::from(!built_in)].get_or_insert_with(make)
    }

    /// Forgets the `cs` store, so that the next `cs` lists the classes the
    /// program has now (the REPL's `:load` adds some).
    pub fn forget_class_store(&mut self) {
        self.class_stores[1] = None;
    }

    /// The instance of singleton class `name`, once made.
    pub fn singleton(&self, name: &str) -> Option<Value> {
        self.singletons
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.clone())
    }

    /// Keeps the instance of singleton class `name`.
    pub fn set_singleton(&mut self, name: &Rc<str>, value: Value) {
        match self.singletons.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => *v = value,
            None => self.singletons.push((name.clone(), value)),
        }
    }

    /// The source text at `span` in the running method's file.
    pub fn source_text(&self, span: crate::source::Span) -> String {
        self.frames
            .last()
            .map(|f| f.code.file().slice(span).to_string())
            .unwrap_or_default()
    }

    pub fn flush(&mut self) {
        let _ = self.out.stdout.flush();
        let _ = self.out.stderr.flush();
    }
}

fn seed() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    t | 1
}
