//! Runtime errors as values. A built-in returns a [`Fault`] (code and message,
//! no position); the evaluator attaches the span and the call chain, making an
//! [`RtError`]. Control flow (`break`, `return`) is not an error: see [`Flow`].

use crate::source::{Source, Span};
use std::rc::Rc;

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
        Fault::rt(-30002, format!("Variable '{name}' is not defined"))
    }

    pub fn operator(op: &str, left: &str, right: &str) -> Fault {
        Fault::rt(
            -30003,
            format!("Operator '{op}' cannot be applied to {left} and {right}"),
        )
    }

    pub fn assign(value: &str, target: &str) -> Fault {
        Fault::rt(-30004, format!("Cannot assign a {value} to a {target}"))
    }

    pub fn index(i: i64, size: usize) -> Fault {
        Fault::rt(-30005, format!("Index {i} is out of range (size {size})"))
    }

    pub fn null_access() -> Fault {
        Fault::rt(-30006, "Cannot access a property of a Null value")
    }

    pub fn unknown_method(name: &str) -> Fault {
        Fault::rt(-30007, format!("Unknown method '{name}'"))
    }

    pub fn arguments(command: &str) -> Fault {
        Fault::rt(
            -30008,
            format!("Wrong number or type of parameters for '{command}'"),
        )
    }

    pub fn boolean_expected() -> Fault {
        Fault::rt(-30009, "A Boolean was expected")
    }

    pub fn unavailable(name: &str) -> Fault {
        Fault::rt(-30012, format!("'{name}' is not available in fourd"))
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
