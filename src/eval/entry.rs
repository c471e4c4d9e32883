//! Entries of the REPL and `fourd eval`: statements run in one frame that stays
//! on the stack between entries, so locals persist; an entry that is a single
//! expression gives its value.

use super::frame::{CallFrame, Code};
use super::interp::Interp;
use super::ir::StmtKind;
use super::method::Method;
use super::rt_error::{Fault, RtError, Unwind, code};
use super::value::{Slot, Value};
use std::rc::Rc;

impl Interp {
    /// The value of a local of the entry frame (REPL completion), if set.
    pub fn local_value(&self, slot: usize) -> Option<Value> {
        if self.frames.is_empty() {
            return None;
        }
        self.stack.get(slot).map(|s| s.value.clone())
    }

    /// Runs one entry. `Ok(Some(v))` when the entry was an expression.
    pub fn run_entry(&mut self, entry: Rc<Method>) -> Result<Option<Value>, Box<RtError>> {
        self.limits.start();
        // The entry frame is the bottom frame, kept across entries.
        let slots = entry.frame.slots as usize;
        if self.frames.is_empty() {
            self.stack.clear();
        }
        self.frames.truncate(1);
        if self.stack.len() < slots {
            self.stack.resize(slots, Slot::default());
        }
        self.serial += 1;
        let frame = CallFrame::new(
            Code::Method(entry.clone()),
            0,
            0,
            1,
            Default::default(),
            None,
        );
        match self.frames.first_mut() {
            Some(f) => *f = frame,
            None => self.frames.push(frame),
        }
        self.base = 0;
        let result = self.run_entry_body(&entry);
        self.flush();
        match result {
            Ok(v) => Ok(v),
            Err(Unwind::Error(e) | Unwind::ToTry(e) | Unwind::Uncaught(e)) => Err(e),
            Err(Unwind::Abort(e)) => Err(e.unwrap_or_else(|| {
                Box::new(self.located(Fault::rt(code::ABORT, "aborted"), Default::default()))
            })),
        }
    }

    fn run_entry_body(&mut self, entry: &Method) -> Result<Option<Value>, Unwind> {
        let body = &entry.body;
        let (last, init) = match body.split_last() {
            Some((last, init)) => (Some(last), init),
            None => (None, &body[..]),
        };
        self.exec_block(init)?;
        match last {
            Some(stmt) => match &stmt.kind {
                StmtKind::Expr(e) => match self.eval(e) {
                    Ok(v) => Ok(Some(v)),
                    Err(Unwind::Error(err)) => self.handle_error(err).map(|_| None),
                    Err(other) => Err(other),
                },
                _ => self.exec_block(std::slice::from_ref(stmt)).map(|_| None),
            },
            None => Ok(None),
        }
    }
}
