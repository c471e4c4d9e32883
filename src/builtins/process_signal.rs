//! `New signal` and `4D.Signal` (docs/commands/new-signal.md,
//! docs/API/SignalClass.md): a shared object of class `Signal` carrying its
//! state; `.wait()` lets the other processes run until it is triggered.

use super::classes::built_in_class;
use super::{BResult, Call, Fail};
use crate::eval::process::{SignalCell, Wake};
use crate::eval::value::Object;
use crate::eval::{Fault, Interp, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `New signal{(description)}`: a shared `4D.Signal`, not signaled.
pub fn new_signal(it: &mut Interp, c: &mut Call) -> BResult {
    let class = built_in_class(it, "Signal");
    let mut o = match class {
        Some(class) => Object::of_class(class, Some(Rc::new(SignalCell::default()))),
        None => return Err(Fault::unknown_method("New signal").into()),
    };
    o.props = vec![(Rc::from("description"), Value::text(c.text(0)))].into();
    o.shared = true;
    Ok(Value::Object(Rc::new(RefCell::new(o))))
}

/// The state of a signal object.
fn cell(this: &Value) -> Result<Rc<SignalCell>, Fail> {
    if let Value::Object(o) = this
        && let Some(cell) = o.borrow().native_rc::<SignalCell>()
    {
        return Ok(cell);
    }
    Err(Fault::wrong_type(format!("A {} is not a 4D.Signal", this.type_name())).into())
}

/// `.wait({timeout})`: True once triggered, False when the timeout (in
/// seconds, on the virtual clock) passes first. With no timeout and no
/// process left to trigger it, the run ends with fourd's deadlock error.
pub fn wait(it: &mut Interp, this: &Value, c: &mut Call) -> BResult {
    let cell = cell(this)?;
    if cell.signaled() {
        return Ok(Value::Bool(true));
    }
    let deadline = c.get(0).map(|v| {
        let seconds = match v {
            Value::Real(x) if x.is_finite() && *x > 0.0 => *x,
            _ => 0.0,
        };
        it.processes.clock + (seconds * 60.0).ceil().min(u64::MAX as f64 / 4.0) as u64
    });
    let signaled = it.wait_for(Wake::Signal(cell, deadline), c.span)?;
    Ok(Value::Bool(signaled))
}

/// `.trigger()`: sets `.signaled` (once set it stays so).
pub fn trigger(_: &mut Interp, this: &Value, _: &mut Call) -> BResult {
    cell(this)?.trigger();
    Ok(Value::Undefined)
}

/// `.signaled`: whether `.trigger()` was called.
pub fn signaled(_: &mut Interp, this: &Value) -> BResult {
    Ok(Value::Bool(cell(this)?.signaled()))
}
