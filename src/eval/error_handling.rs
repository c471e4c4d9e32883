//! What happens when an error is raised (docs/language.md §19.3): the innermost `Try`
//! takes it if no `ON ERR CALL` handler was installed since it began; else the
//! handler runs and the method goes on with its next statement; else the error
//! is uncaught and the run stops.

use super::interp::Interp;
use super::rt_error::{Fault, Frame, RtError, Unwind, code};
use super::value::{Slot, Value, VarType};
use crate::source::{Source, SourceFile, Span};
use std::rc::Rc;

impl Interp {
    /// Makes a located error from a built-in's fault, at `span` of the running
    /// method, with the call chain.
    pub(crate) fn fail(&self, fault: Fault, span: Span) -> Unwind {
        Unwind::Error(Box::new(self.located(fault, span)))
    }

    /// The file of the running method (an empty one outside any method).
    pub(crate) fn current_file(&self) -> Source {
        self.frames
            .last()
            .map(|f| f.code.file().clone())
            .unwrap_or_else(|| SourceFile::new("", String::new()))
    }

    pub(crate) fn located(&self, fault: Fault, span: Span) -> RtError {
        RtError {
            fault,
            file: self.current_file(),
            span,
            chain: self.call_chain(Some(span)),
            more: Vec::new(),
        }
    }

    /// The call chain, innermost first (`Get call chain`, error reports).
    pub(crate) fn call_chain(&self, innermost: Option<Span>) -> Vec<Frame> {
        let n = self.frames.len();
        self.frames
            .iter()
            .enumerate()
            .rev()
            .map(|(i, f)| Frame {
                name: f.code.name(),
                file: f.code.file().clone(),
                span: if i + 1 == n {
                    innermost.unwrap_or(f.current)
                } else {
                    f.current
                },
                formula: f.is_formula(),
            })
            .collect()
    }

    /// Decides the fate of an error raised by a statement of the running method.
    /// `Ok` means a handler took it and the method goes on.
    pub(crate) fn handle_error(&mut self, e: Box<RtError>) -> Result<(), Unwind> {
        if e.fault.code == code::ABORT {
            return Err(Unwind::Abort(None));
        }
        if let Some(&generation) = self.errors.tries.last()
            && generation == self.errors.handler_generation
        {
            return Err(Unwind::ToTry(e));
        }
        if self.errors.in_handler {
            return Err(Unwind::Uncaught(e));
        }
        let Some(handler) = self
            .errors
            .local_handler
            .clone()
            .or_else(|| self.errors.global_handler.clone())
        else {
            return Err(Unwind::Uncaught(e));
        };
        self.record_event(&e);
        let Some(method) = self
            .program
            .method_in(self.current_module(), &handler)
            .and_then(|m| self.program.methods[m as usize].clone())
        else {
            let fault = Fault::rt(
                -10532,
                format!("Cannot call error handling project method '{handler}'"),
            );
            return Err(Unwind::Uncaught(Box::new(RtError { fault, ..*e })));
        };
        if self.preemptive
            && method.attributes.preemptive == crate::syntax::attributes::Preemptive::Incapable
        {
            let fault = Fault::rt(
                -10532,
                format!(
                    "Cannot call error handling project method '{handler}' in a preemptive process"
                ),
            );
            return Err(Unwind::Uncaught(Box::new(RtError { fault, ..*e })));
        }
        self.set_error_variables(&e);
        self.errors.in_handler = true;
        let span = e.span;
        let result = self.call_method_values(method, Vec::new(), span);
        self.errors.in_handler = false;
        match result {
            Ok(_) => Ok(()),
            Err(Unwind::Abort(x)) => Err(Unwind::Abort(x)),
            Err(Unwind::Error(inner) | Unwind::ToTry(inner) | Unwind::Uncaught(inner)) => {
                Err(Unwind::Uncaught(inner))
            }
        }
    }

    /// One error event of deferred errors: the first error, the others in
    /// `more`; located at `at` in the running method, or where it was thrown.
    pub(crate) fn deferred_event(&self, errors: Vec<RtError>, at: Option<Span>) -> RtError {
        let mut it = errors.into_iter();
        let first = it.next().expect("a deferred event has an error");
        let more = it.flat_map(|e| std::iter::once(e.fault).chain(e.more));
        let mut e = match at {
            Some(span) => RtError {
                more: first.more,
                ..self.located(first.fault, span)
            },
            None => first,
        };
        e.more.extend(more);
        e
    }

    /// `Last errors` and `Error` describe this event from now on.
    pub(crate) fn record_event(&mut self, e: &RtError) {
        self.errors.last = std::iter::once(e.fault.clone())
            .chain(e.more.iter().cloned())
            .collect();
        self.errors.last_event = Some(Box::new(e.clone()));
        self.set_process("Error", Value::int(e.fault.code as i64), VarType::Integer);
    }

    fn set_error_variables(&mut self, e: &RtError) {
        let method = e
            .chain
            .first()
            .map(|f| f.name.to_string())
            .unwrap_or_default();
        let line = e.file.line_col(e.span.start).0 as i64;
        let formula = e.file.slice(e.span).to_string();
        self.set_process("Error method", Value::text(method), VarType::Text);
        self.set_process("Error line", Value::int(line), VarType::Integer);
        self.set_process("Error formula", Value::text(formula), VarType::Text);
    }

    /// Sets a process variable by name (system variables).
    pub(crate) fn set_process(&mut self, name: &str, value: Value, ty: VarType) {
        let id = self.program.process.intern(name) as usize;
        if self.process.len() <= id {
            self.process.resize(id + 1, Slot::default());
        }
        self.process[id] = Slot { value, ty };
    }

    /// `Last errors` as 4D returns it: a collection of `{errCode; message;
    /// componentSignature}` objects, or Null when there was none.
    pub(crate) fn last_errors_value(&self) -> Value {
        if self.errors.last.is_empty() {
            return Value::Null;
        }
        let items = self
            .errors
            .last
            .iter()
            .map(|f| {
                if let Some(Value::Object(o)) = &f.extra {
                    return Value::Object(o.clone());
                }
                Value::new_object(vec![
                    (Rc::from("errCode"), Value::int(f.code as i64)),
                    (Rc::from("message"), Value::text(f.message.as_str())),
                    (Rc::from("componentSignature"), Value::text(&*f.signature)),
                ])
            })
            .collect();
        Value::new_collection(items)
    }
}

/// Which handler `ON ERR CALL` installs (`ek local`, `ek global`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandlerScope {
    Local,
    Global,
}

/// What built-ins may ask of and do to the error-handling state.
impl Interp {
    /// Whether an `ON ERR CALL` handler is running (it cannot install another).
    pub fn in_error_handler(&self) -> bool {
        self.errors.in_handler
    }

    /// `ON ERR CALL`: installs (or, with `None`, removes) the handler of
    /// `scope` (`None`: a scope fourd does not know, which changes nothing
    /// but still counts as a new installation); `Error` goes back to 0.
    pub fn set_error_handler(&mut self, scope: Option<HandlerScope>, handler: Option<Rc<str>>) {
        match scope {
            Some(HandlerScope::Local) => self.errors.local_handler = handler,
            Some(HandlerScope::Global) => self.errors.global_handler = handler,
            None => {}
        }
        self.errors.handler_generation += 1;
        self.set_process("Error", Value::int(0), VarType::Integer);
    }

    /// The method installed by `ON ERR CALL` for `scope`.
    pub fn error_handler(&self, scope: HandlerScope) -> Option<&str> {
        match scope {
            HandlerScope::Local => self.errors.local_handler.as_deref(),
            HandlerScope::Global => self.errors.global_handler.as_deref(),
        }
    }

    /// `throw` without arguments: the current errors, where they happened,
    /// go to the method the error interrupted (in a handler: the frame below
    /// it); they are raised when that method returns to its caller.
    pub fn rethrow_current_errors(&mut self) {
        let Some(e) = self.errors.last_event.clone() else {
            return;
        };
        let n = self.frames.len();
        let target = if self.errors.in_handler && n >= 2 {
            n - 2
        } else {
            n.saturating_sub(1)
        };
        if let Some(frame) = self.frames.get_mut(target) {
            frame.defer(*e);
        }
    }

    /// `throw` with `deferred: True`: the error, located at `span`, is raised
    /// when the running method returns (or its `Try` block ends).
    pub fn defer_error(&mut self, fault: Fault, span: Span) {
        let e = self.located(fault, span);
        if let Some(frame) = self.frames.last_mut() {
            frame.defer(e);
        }
    }
}
