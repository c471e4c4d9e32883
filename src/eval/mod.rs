//! The interpreter: runs compiled methods (`ir`) against a session.
//!
//! - `value`: 4D values; `ops`: operators; `display`: values to text and JSON.
//! - `compile`: syntax tree → runnable tree; `program`: a project ready to run.
//! - `exec`: statements; `expr`: expressions and assignable places; `call`:
//!   methods, formulas and member functions; `errors`: 4D's error handling.
//! - `error`: runtime errors as values; `limits`: steps, time, depth;
//!   `constants`: values of 4D constants the name table leaves blank.

pub mod compile;
pub mod display;
pub mod ir;
pub mod limits;
pub mod ops;
pub mod program;
pub mod rt_error;
pub mod value;

mod call;
mod closure;
mod constants;
mod entry;
mod error_handling;
mod exec;
mod expr;
mod members;
mod numeric;

pub use error_handling::ABORT_CODE;
pub use expr::{Place, array_var_type, coerce};
pub use limits::Limits;
pub use program::Program;
pub use rt_error::{Fault, Flow, Frame, RtError, Unwind};
pub use value::{Value, VarType};

use crate::session::Session;
use ir::MethodIr;
use std::io::Write;
use std::rc::Rc;

/// One variable: its value and its declared type.
#[derive(Debug, Clone, Default)]
pub struct Slot {
    pub value: Value,
    pub ty: VarType,
}

/// One method invocation on the call stack. Kept small: a call pushes and
/// pops one, so what most calls never use lives apart, in [`FrameCold`].
#[derive(Debug)]
pub(crate) struct CallFrame {
    pub code: Code,
    /// First slot of this frame in `Interp::stack`.
    pub base: usize,
    /// Arguments actually passed (`Count parameters`). A whole word, as are
    /// the other fields: a frame is written and copied in word-size pieces.
    pub nargs: usize,
    /// Identifies this invocation for pointers to its locals.
    pub serial: u64,
    /// The statement running now, for the call chain.
    pub current: crate::source::Span,
    /// The value of `return expr` when the result is not a variable.
    pub result: Option<Value>,
    cold: Option<Box<FrameCold>>,
}

/// The rarely used parts of a frame, made only when one is needed.
#[derive(Debug, Default)]
pub(crate) struct FrameCold {
    /// Arguments beyond the reserved `$1…$n` slots, for `${i}`.
    extra: Vec<Value>,
    /// `This` in a formula called through an object, or in a class function.
    this: Value,
    /// Errors thrown with `deferred: True` (located where they were thrown),
    /// raised when this method returns or its `Try` block ends.
    deferred: Vec<RtError>,
}

impl FrameCold {
    /// The cold part of a frame whose `This` is `this` (none when it is
    /// undefined: most calls have no `This`).
    pub fn with_this(this: Value) -> Option<Box<FrameCold>> {
        (!matches!(this, Value::Undefined)).then(|| {
            Box::new(FrameCold {
                this,
                ..Default::default()
            })
        })
    }
}

impl CallFrame {
    /// Whether this frame runs a formula (not a method).
    pub fn is_formula(&self) -> bool {
        matches!(self.code, Code::Formula(_))
    }
    #[inline]
    pub fn new(
        code: Code,
        base: usize,
        nargs: usize,
        serial: u64,
        current: crate::source::Span,
        cold: Option<Box<FrameCold>>,
    ) -> CallFrame {
        CallFrame {
            code,
            base,
            nargs,
            serial,
            current,
            result: None,
            cold,
        }
    }

    fn cold_mut(&mut self) -> &mut FrameCold {
        self.cold.get_or_insert_with(Box::default)
    }

    pub fn extra(&self) -> &[Value] {
        self.cold.as_ref().map_or(&[], |c| &c.extra)
    }

    pub fn extra_mut(&mut self) -> &mut Vec<Value> {
        &mut self.cold_mut().extra
    }

    pub fn this(&self) -> Option<&Value> {
        self.cold
            .as_ref()
            .map(|c| &c.this)
            .filter(|v| !matches!(v, Value::Undefined))
    }

    pub fn deferred_len(&self) -> usize {
        self.cold.as_ref().map_or(0, |c| c.deferred.len())
    }

    pub fn defer(&mut self, e: RtError) {
        self.cold_mut().deferred.push(e);
    }

    /// The deferred errors from `from` on, taken out of the frame.
    pub fn take_deferred(&mut self, from: usize) -> Vec<RtError> {
        match &mut self.cold {
            Some(c) if c.deferred.len() > from => c.deferred.split_off(from),
            _ => Vec::new(),
        }
    }
}

/// What a frame runs: a method, or a formula.
#[derive(Debug, Clone)]
pub(crate) enum Code {
    Method(Rc<MethodIr>),
    Formula(Rc<value::Formula>),
}

impl Code {
    pub fn name(&self) -> Rc<str> {
        match self {
            Code::Method(m) => m.name.clone(),
            Code::Formula(_) => Rc::from("Formula"),
        }
    }

    pub fn file(&self) -> &crate::source::Source {
        match self {
            Code::Method(m) => &m.file,
            Code::Formula(f) => &f.body.file,
        }
    }

    pub fn layout(&self) -> &ir::FrameLayout {
        match self {
            Code::Method(m) => &m.frame,
            Code::Formula(f) => &f.body.frame,
        }
    }
}

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

/// The interpreter's state for one run (or one REPL session).
pub struct Interp {
    pub program: Program,
    pub session: Session,
    pub out: Output,
    pub limits: Limits,
    pub(crate) process: Vec<Slot>,
    pub(crate) interprocess: Vec<Slot>,
    pub(crate) stack: Vec<Slot>,
    pub(crate) frames: Vec<CallFrame>,
    /// First stack slot of the running frame (cached from `frames`).
    pub(crate) base: usize,
    pub(crate) serial: u64,
    pub(crate) errors: error_handling::ErrorState,
    /// Nesting of `Use` blocks: shared objects may change only inside one.
    pub(crate) use_depth: usize,
    /// `SET REAL COMPARISON LEVEL`.
    pub epsilon: f64,
    pub assert_enabled: bool,
    /// Running in a preemptive process: thread-unsafe commands fail (-30021).
    pub preemptive: bool,
    /// `--user-param`, for `Get database parameter(User param value)`.
    pub user_param: String,
    /// State of `Random` and `Generate UUID`.
    pub random_state: u64,
    /// When the run started (`Milliseconds`, `Tickcount`).
    pub started: std::time::Instant,
    /// `Storage`, made on first use.
    storage: Option<Value>,
    /// The `4D` and `cs` class stores, made on first use.
    class_stores: [Option<Value>; 2],
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
            process: Vec::new(),
            interprocess: Vec::new(),
            stack: Vec::with_capacity(1024),
            frames: Vec::new(),
            base: 0,
            serial: 0,
            errors: error_handling::ErrorState::default(),
            use_depth: 0,
            epsilon: crate::conv::DEFAULT_EPSILON,
            assert_enabled: true,
            preemptive: false,
            user_param: String::new(),
            random_state: seed(),
            started: std::time::Instant::now(),
            storage: None,
            class_stores: [None, None],
        }
    }

    /// Runs a project method with arguments; the error, if any, is uncaught.
    pub fn run_method(
        &mut self,
        method: Rc<MethodIr>,
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
        e.fault.code == error_handling::ABORT_CODE
    }

    fn abort_error(&self) -> RtError {
        RtError {
            fault: Fault::rt(error_handling::ABORT_CODE, "aborted"),
            file: self.current_file(),
            span: Default::default(),
            chain: Vec::new(),
            more: Vec::new(),
        }
    }

    /// The application's shared `Storage` object.
    pub fn storage(&mut self) -> &Value {
        self.storage.get_or_insert_with(|| {
            Value::Object(Rc::new(std::cell::RefCell::new(value::Object {
                shared: true,
                ..Default::default()
            })))
        })
    }

    /// The `4D` (built-in) or `cs` (project) class store, made once.
    pub fn class_store(&mut self, built_in: bool, make: impl FnOnce() -> Value) -> &Value {
        self.class_stores[usize::from(!built_in)].get_or_insert_with(make)
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
