//! One method invocation on the call stack: what it runs, where its slots
//! start, and the parts most calls never use, kept apart.

use super::method::Method;
use super::rt_error::RtError;
use super::value::{Formula, Value};
use crate::source::{Source, Span};
use std::rc::Rc;

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
    pub current: Span,
    /// The value of `return expr` when the result is not a variable.
    pub result: Option<Value>,
    cold: Option<Box<FrameCold>>,
}

/// The rarely used parts of a frame, made only when one is needed.
#[derive(Debug, Default)]
pub(crate) struct FrameCold {
    /// Arguments beyond the reserved `$1…$n` slots, for `${i}`.
    pub extra: Vec<Value>,
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
        current: Span,
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

    /// Drops a frame that has returned. Most frames have no cold part: the
    /// test for one stays inline, and only a frame that has one pays for
    /// dropping it (left to the drop glue, it was a call per frame).
    #[inline(always)]
    pub fn finish(self) {
        let CallFrame {
            code, result, cold, ..
        } = self;
        drop(code);
        drop(result);
        if let Some(cold) = cold {
            drop(cold);
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
    Method(Rc<Method>),
    Formula(Rc<Formula>),
}

impl Code {
    pub fn name(&self) -> Rc<str> {
        match self {
            Code::Method(m) => m.name.clone(),
            Code::Formula(_) => Rc::from("Formula"),
        }
    }

    pub fn file(&self) -> &Source {
        match self {
            Code::Method(m) => &m.file,
            Code::Formula(f) => &f.body.file,
        }
    }

    pub fn layout(&self) -> &super::ir::FrameLayout {
        match self {
            Code::Method(m) => &m.frame,
            Code::Formula(f) => &f.body.frame,
        }
    }
}
