//! Runtime errors as values. A built-in returns a [`Fault`] (code and message,
//! no position); the evaluator attaches the span and the call chain, making an
//! [`RtError`]. Control flow (`break`, `return`) is not an error: see [`Flow`].

use crate::source::{Source, Span};
use std::rc::Rc;

/// fourd's runtime error codes (docs/language.md §19.2): one name per code, so a
/// code is written once.
pub mod code {
    /// A variable read before it was declared or assigned.
    pub const UNDEFINED_VARIABLE: i32 = -30002;
    /// An operator applied to operands it does not take.
    pub const OPERATOR: i32 = -30003;
    /// A value of the wrong type: assigned, passed, indexed or converted.
    pub const WRONG_TYPE: i32 = -30004;
    pub const INDEX_OUT_OF_RANGE: i32 = -30005;
    /// A property of Null, a Null pointer, a pointer that outlived its method.
    pub const NULL_ACCESS: i32 = -30006;
    pub const UNKNOWN_METHOD: i32 = -30007;
    pub const ARGUMENTS: i32 = -30008;
    pub const BOOLEAN_EXPECTED: i32 = -30009;
    pub const TOO_DEEP: i32 = -30010;
    pub const SHARED_OUTSIDE_USE: i32 = -30011;
    pub const UNAVAILABLE: i32 = -30012;
    pub const DIVISION_BY_ZERO: i32 = -30013;
    pub const INVALID_JSON: i32 = -30014;
    pub const STEP_LIMIT: i32 = -30016;
    pub const TIME_LIMIT: i32 = -30017;
    pub const INTERRUPTED: i32 = -30018;
    /// A thread-unsafe command or variable in a preemptive process.
    pub const NOT_THREAD_SAFE: i32 = -30021;
    /// `ABORT`'s marker: ends the run with status 1 and no message.
    pub const ABORT: i32 = i32::MIN;
    /// `QUIT 4D`'s marker: ends the run (after `On Exit`) with status 0.
    pub const QUIT: i32 = i32::MIN + 1;
}

/// An error as a built-in reports it: 4D's code, component signature, message.
#[derive(Debug, Clone)]
pub struct Fault {
    pub code: i32,
    pub signature: Rc<str>,
    pub message: String,
    /// For `throw` with an object: the whole object, as `Last errors` returns it.
    pub extra: Option<super::value::Value>,
    pub deferred: bool,
}

impl Fault {
    /// A `4DRT` runtime error.
    pub fn rt(code: i32, message: impl Into<String>) -> Fault {
        Fault {
            code,
            signature: Rc::from("4DRT"),
            message: message.into(),
            extra: None,
            deferred: false,
        }
    }

    pub fn with_signature(code: i32, signature: &str, message: impl Into<String>) -> Fault {
        Fault {
            code,
            signature: Rc::from(signature),
            message: message.into(),
            extra: None,
            deferred: false,
        }
    }

    pub fn undefined_variable(name: &str) -> Fault {
        Fault::rt(
            code::UNDEFINED_VARIABLE,
            format!("Variable '{name}' is not defined"),
        )
    }

    pub fn operator(op: &str, left: &str, right: &str) -> Fault {
        Fault::rt(
            code::OPERATOR,
            format!("Operator '{op}' cannot be applied to {left} and {right}"),
        )
    }

    /// -30004: a value of the wrong type; `message` says which and where.
    pub fn wrong_type(message: impl Into<String>) -> Fault {
        Fault::rt(code::WRONG_TYPE, message)
    }

    pub fn assign(value: &str, target: &str) -> Fault {
        Fault::wrong_type(format!("Cannot assign a {value} to a {target}"))
    }

    /// -30004: `a[b]` with a value `a` that `b` cannot index.
    pub fn cannot_index(a: &super::value::Value, b: &super::value::Value) -> Fault {
        Fault::wrong_type(format!(
            "Cannot index a {} with a {}",
            a.type_name(),
            b.type_name()
        ))
    }

    pub fn index(i: i64, size: usize) -> Fault {
        Fault::rt(
            code::INDEX_OUT_OF_RANGE,
            format!("Index {i} is out of range (size {size})"),
        )
    }

    pub fn null_access() -> Fault {
        Fault::rt(
            code::NULL_ACCESS,
            "Cannot access a property of a Null value",
        )
    }

    pub fn unknown_method(name: &str) -> Fault {
        Fault::rt(code::UNKNOWN_METHOD, format!("Unknown method '{name}'"))
    }

    /// -30007: no member function of this name for the receiver.
    pub fn unknown_member(name: &str) -> Fault {
        Fault::rt(
            code::UNKNOWN_METHOD,
            format!("Unknown member function '{name}'"),
        )
    }

    pub fn arguments(command: &str) -> Fault {
        Fault::rt(
            code::ARGUMENTS,
            format!("Wrong number or type of parameters for '{command}'"),
        )
    }

    pub fn boolean_expected() -> Fault {
        Fault::rt(code::BOOLEAN_EXPECTED, "A Boolean was expected")
    }

    pub fn unavailable(name: &str) -> Fault {
        Fault::rt(
            code::UNAVAILABLE,
            format!("'{name}' is not available in fourd"),
        )
    }

    /// -30011: a shared object or collection changed outside `Use`.
    pub fn shared_outside_use() -> Fault {
        Fault::rt(
            code::SHARED_OUTSIDE_USE,
            "Shared object modified outside Use",
        )
    }

    pub fn division_by_zero() -> Fault {
        Fault::rt(code::DIVISION_BY_ZERO, "Division by zero")
    }

    /// -30021: `what` (a command, `'<>name'`) may not run in a preemptive process.
    pub fn not_thread_safe(what: &str) -> Fault {
        Fault::rt(code::NOT_THREAD_SAFE, format!("{what} is not thread-safe"))
    }
}

/// One frame of the call chain: a method (or formula) and the line running in it.
#[derive(Debug, Clone)]
pub struct Frame {
    pub name: Rc<str>,
    pub file: Source,
    pub span: Span,
    pub formula: bool,
}

/// A runtime error with where it happened.
#[derive(Debug, Clone)]
pub struct RtError {
    pub fault: Fault,
    pub file: Source,
    pub span: Span,
    /// Innermost first.
    pub chain: Vec<Frame>,
    /// Further errors of the same event (deferred errors raised together).
    pub more: Vec<Fault>,
}

/// Why evaluation stopped early.
#[derive(Debug)]
pub enum Unwind {
    /// An error that nobody has handled yet: the statement that runs it decides
    /// (Try, ON ERR CALL, or uncaught).
    Error(Box<RtError>),
    /// An error on its way to the innermost `Try`.
    ToTry(Box<RtError>),
    /// An uncaught error: the run stops.
    Uncaught(Box<RtError>),
    /// `ABORT`, or an interrupted run: stop without a message of our own.
    Abort(Option<Box<RtError>>),
}

/// How a statement ended, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Next,
    Break,
    Continue,
    Return,
}
