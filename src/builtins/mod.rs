//! Built-in commands: one declarative table (`table.rs`), one row per command —
//! name, 4D number, thread safety, whether 4D Server allows it, parameter
//! signature, and the Rust function. The checker, the dispatcher, the REPL's
//! completion and `:help` all read the same row. Adding a command is one row
//! and one function.
//!
//! Functions live by theme: `language`, `text`, `math`, `output`, `objects`,
//! `arrays`, `errors`, `access` (users, groups, plug-ins), `datetime`,
//! `classes` (class stores, `OB Instance of`).

mod access;
mod arrays;
mod classes;
mod datetime;
mod errors;
mod language;
mod math;
mod objects;
mod output;
mod signature;
mod table;
mod text;

pub use signature::{ParamSpec, ParamType, Signature};
pub use table::TABLE;

use crate::eval::ir::Node;
use crate::eval::rt_error::{Fault, Unwind};
use crate::eval::{Interp, Value};
use crate::source::Span;
use crate::syntax::ast::BinOp;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Why a built-in stopped: a 4D error it raises (the caller adds the position),
/// or an unwinding that passes through it (an error in a callback, `ABORT`).
#[derive(Debug)]
pub enum Fail {
    Fault(Fault),
    Unwind(Unwind),
}

impl From<Fault> for Fail {
    fn from(f: Fault) -> Fail {
        Fail::Fault(f)
    }
}

impl From<Unwind> for Fail {
    fn from(u: Unwind) -> Fail {
        Fail::Unwind(u)
    }
}

pub type BResult = Result<Value, Fail>;
pub type BuiltinFn = fn(&mut Interp, &mut Call) -> BResult;

/// Whether 4D Server runs a command (session.md §7, "Server" column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    Anywhere,
    /// Error 67 on 4D Server.
    NotOnServer,
}

/// One row of the command table.
pub struct Builtin {
    pub name: &'static str,
    pub number: u32,
    pub thread_safe: bool,
    pub on_server: bool,
    /// `"text: Text; start: Integer; count: Integer? -> Text"` (see `signature.rs`).
    pub signature: &'static str,
    /// One line on what the command does, for `:help`.
    pub summary: &'static str,
    /// Evaluating it changes no variable (the `$t:=$t+…` in-place append may
    /// evaluate it first).
    pub pure: bool,
    pub run: BuiltinFn,
}

/// How an argument is evaluated before the command runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgMode {
    Value,
    /// An output variable: the command writes it (`GET USER LIST($names; $ids)`).
    Place,
    /// A value, where an undefined variable is not an error (`Undefined($x)`).
    Lenient,
}

/// An evaluated argument.
#[derive(Debug)]
pub enum Arg {
    Value(Value),
    Place(crate::eval::Place),
    /// A bare operator: `*`, `>`, `<`, `|`, `&`, `#`, `=`…
    Symbol(BinOp),
}

/// Up to four arguments without allocating. A `SmallVec` makes, moves and
/// drops only the arguments there are (an array of four optional arguments
/// cost every call ~100 instructions to fill with `None` and drop again).
#[derive(Debug, Default)]
pub struct ArgVec(smallvec::SmallVec<[Arg; 4]>);

impl ArgVec {
    pub fn new() -> ArgVec {
        ArgVec::default()
    }

    #[inline]
    pub fn push(&mut self, a: Arg) {
        self.0.push(a);
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Arg> {
        self.0.get(i)
    }

    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Arg> {
        self.0.get_mut(i)
    }

    pub fn pop(&mut self) -> Option<Arg> {
        self.0.pop()
    }
}

/// One call of a built-in: its arguments, their syntax nodes, where it is.
pub struct Call<'a> {
    pub args: ArgVec,
    pub nodes: &'a [Node],
    pub span: Span,
    /// A trailing `*` was passed.
    pub star: bool,
}

impl Call<'_> {
    pub fn len(&self) -> usize {
        self.args.len()
    }

    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    /// The value of argument `i` (undefined when absent).
    pub fn value(&self, i: usize) -> &Value {
        const UNDEFINED: &Value = &Value::Undefined;
        match self.args.get(i) {
            Some(Arg::Value(v)) => v,
            _ => UNDEFINED,
        }
    }

    /// Takes argument `i`'s value out of the call.
    pub fn take(&mut self, i: usize) -> Value {
        match self.args.get_mut(i) {
            Some(Arg::Value(v)) => std::mem::take(v),
            _ => Value::Undefined,
        }
    }

    pub fn text(&self, i: usize) -> &str {
        match self.value(i) {
            Value::Text(t) => t.as_str(),
            _ => "",
        }
    }

    pub fn number(&self, i: usize) -> f64 {
        match self.value(i) {
            Value::Real(x) => *x,
            Value::Time(t) => *t as f64,
            Value::Bool(b) => *b as i64 as f64,
            _ => 0.0,
        }
    }

    pub fn int(&self, i: usize) -> i64 {
        let x = self.number(i);
        if x.is_finite() { x.trunc() as i64 } else { 0 }
    }

    pub fn has(&self, i: usize) -> bool {
        i < self.args.len()
    }

    pub fn place(&self, i: usize) -> Option<&crate::eval::Place> {
        match self.args.get(i) {
            Some(Arg::Place(p)) => Some(p),
            _ => None,
        }
    }

    pub fn symbol(&self, i: usize) -> Option<BinOp> {
        match self.args.get(i) {
            Some(Arg::Symbol(op)) => Some(*op),
            _ => None,
        }
    }
}

struct Index {
    by_number: HashMap<u32, u16>,
    signatures: Vec<Signature>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index {
        by_number: TABLE
            .iter()
            .enumerate()
            .map(|(i, b)| (b.number, i as u16))
            .collect(),
        signatures: TABLE
            .iter()
            .map(|b| Signature::parse(b.signature))
            .collect(),
    })
}

/// The table row of the command with this 4D number, if fourd implements it.
pub fn index_of(number: u32) -> Option<u16> {
    index().by_number.get(&number).copied()
}

pub fn def(i: u16) -> &'static Builtin {
    &TABLE[i as usize]
}

/// A command's parsed signature.
pub fn signature(i: u16) -> &'static Signature {
    &index().signatures[i as usize]
}

/// How argument `i` of command `b` is evaluated.
pub fn arg_mode(b: u16, i: usize) -> ArgMode {
    signature(b).mode(i)
}

impl Signature {
    /// How argument `i` is evaluated.
    #[inline]
    pub fn mode(&self, i: usize) -> ArgMode {
        match self.param(i).map(|p| p.ty) {
            Some(ParamType::Var) => ArgMode::Place,
            Some(ParamType::Lenient) => ArgMode::Lenient,
            _ => ArgMode::Value,
        }
    }
}

/// Checks a call against the command's signature: count and types, with 4D's
/// error -30008. Undefined scalars arrive as their type's empty value.
pub fn check_args(def: &Builtin, sig: &Signature, call: &mut Call) -> Result<(), Fault> {
    if sig.star
        && matches!(
            call.args.get(call.args.len().wrapping_sub(1)),
            Some(Arg::Symbol(BinOp::Mul))
        )
    {
        call.args.pop();
        call.star = true;
    }
    let n = call.args.len();
    if n < sig.min || sig.max.is_some_and(|max| n > max) {
        return Err(Fault::arguments(def.name));
    }
    for i in 0..n {
        let Some(param) = sig.param(i) else {
            return Err(Fault::arguments(def.name));
        };
        let Some(arg) = call.args.get_mut(i) else {
            continue;
        };
        let ok = match arg {
            Arg::Symbol(_) => matches!(
                param.ty,
                ParamType::Symbol | ParamType::Any | ParamType::Var
            ),
            Arg::Place(_) => true,
            Arg::Value(v) => {
                if matches!(v, Value::Undefined)
                    && let Some(default) = param.ty.empty_value()
                {
                    *v = default;
                }
                param.ty.accepts(v)
            }
        };
        if !ok {
            return Err(Fault::arguments(def.name));
        }
    }
    Ok(())
}

/// The table row of a command by name (case-insensitive), for `:help`.
pub fn by_name(name: &str) -> Option<&'static Builtin> {
    let id = crate::names::command_by_name(name)?;
    index_of(crate::names::command(id).number).map(def)
}
