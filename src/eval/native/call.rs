//! The call protocol between the interpreter and native code: what a native
//! function receives (`Call`: its evaluated arguments, their syntax nodes,
//! the call's position) and how it fails (`Fail`). Native functions do not
//! know their own position: the interpreter attaches the call's span to a
//! `Fault` they return (as rhai's built-ins do).

use super::signature::{ParamType, Signature};
use crate::eval::interp::Interp;
use crate::eval::ir::Node;
use crate::eval::place::Place;
use crate::eval::rt_error::{Fault, Unwind};
use crate::eval::value::Value;
use crate::source::Span;
use crate::syntax::ast::BinOp;

/// Why a native function stopped: a 4D error it raises (the caller adds the
/// position), or an unwinding that passes through it (an error in a
/// callback, `ABORT`).
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

/// What a native function returns.
pub type BResult = Result<Value, Fail>;

/// A command's function: the interpreter and the call.
pub type NativeFn = fn(&mut Interp, &mut Call) -> BResult;

/// A member function's function: the interpreter, the value it is called
/// on (`This`: a collection, a formula, an object…) and the call.
pub type MemberFn = fn(&mut Interp, &Value, &mut Call) -> BResult;

/// A computed property's function: the interpreter and the object read.
pub type PropertyFn = fn(&mut Interp, &Value) -> BResult;

/// A keyed row's function: the interpreter, the object read and the key (a Text for
/// `obj.name`, a Real for `obj[i]`).
pub type KeyedFn = fn(&mut Interp, &Value, &Value) -> BResult;

/// An evaluated argument.
#[derive(Debug)]
pub enum Arg {
    Value(Value),
    Place(Place),
    /// A bare operator: `*`, `>`, `<`, `|`, `&`, `#`, `=`…
    Symbol(BinOp),
    /// Not evaluated: the command reads `Call::nodes` (a table, a field, a criterion).
    Raw,
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

    /// The values of the arguments (member functions and callbacks pass
    /// values only).
    pub fn into_values(self) -> Vec<Value> {
        self.0
            .into_iter()
            .filter_map(|a| match a {
                Arg::Value(v) => Some(v),
                _ => None,
            })
            .collect()
    }
}

/// One call of a native function: its arguments, their syntax nodes (none
/// for a member function, whose arguments may be compiled), where it is.
pub struct Call<'a> {
    pub args: ArgVec,
    pub nodes: &'a [Node],
    pub span: Span,
    /// A trailing `*` was passed.
    pub star: bool,
}

impl Call<'_> {
    /// A call of values only (member functions, callbacks).
    pub fn of_values(args: ArgVec, span: Span) -> Call<'static> {
        Call {
            args,
            nodes: &[],
            span,
            star: false,
        }
    }

    /// Checks a call of `name` against its signature: count and types,
    /// with 4D's error -30008. Undefined scalars arrive as their type's
    /// empty value; a trailing `*` becomes [`Call::star`].
    pub fn check(&mut self, name: &str, sig: &Signature) -> Result<(), Fault> {
        if sig.star
            && matches!(
                self.args.get(self.args.len().wrapping_sub(1)),
                Some(Arg::Symbol(BinOp::Mul))
            )
        {
            self.args.pop();
            self.star = true;
        }
        let n = self.args.len();
        if n < sig.min || sig.max.is_some_and(|max| n > max) {
            return Err(Fault::arguments(name));
        }
        for i in 0..n {
            let Some(param) = sig.param(i) else {
                return Err(Fault::arguments(name));
            };
            let Some(arg) = self.args.get_mut(i) else {
                continue;
            };
            let ok = match arg {
                Arg::Symbol(_) => matches!(
                    param.ty,
                    ParamType::Symbol | ParamType::Any | ParamType::Var | ParamType::Raw
                ),
                Arg::Place(_) | Arg::Raw => true,
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
                return Err(Fault::arguments(name));
            }
        }
        Ok(())
    }

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

    /// The value of argument `i`, or `None` when it was not passed.
    pub fn get(&self, i: usize) -> Option<&Value> {
        match self.args.get(i) {
            Some(Arg::Value(v)) => Some(v),
            _ => None,
        }
    }

    /// Takes argument `i`'s value out of the call.
    pub fn take(&mut self, i: usize) -> Value {
        match self.args.get_mut(i) {
            Some(Arg::Value(v)) => std::mem::take(v),
            _ => Value::Undefined,
        }
    }

    /// The values of the arguments from `from` on, taken out of the call.
    pub fn take_from(&mut self, from: usize) -> Vec<Value> {
        (from..self.len()).map(|i| self.take(i)).collect()
    }

    /// The values of the arguments from `from` on, copied.
    pub fn values_from(&self, from: usize) -> Vec<Value> {
        (from..self.len()).map(|i| self.value(i).clone()).collect()
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

    pub fn place(&self, i: usize) -> Option<&Place> {
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
