//! The member functions of formula objects (`4D.Function`): `.call()` and
//! `.apply()` (docs/API/FunctionClass.md).

use crate::builtins::{BResult, Call};
use crate::eval::{Fault, Interp, Value};

/// `formula.call(thisObj{; param…})`: runs the formula with `This` set.
pub fn call(it: &mut Interp, f: &Value, c: &mut Call) -> BResult {
    let this = c.take(0);
    let args = c.take_from(1);
    Ok(it.call_callable(f, this, args, c.span)?)
}

/// `formula.apply(thisObj{; params})`: runs the formula with `This` set and
/// the parameters given as a collection.
pub fn apply(it: &mut Interp, f: &Value, c: &mut Call) -> BResult {
    let this = c.take(0);
    let params = match c.get(1) {
        Some(Value::Collection(p)) => p.borrow().items.clone(),
        None | Some(Value::Null | Value::Undefined) => Vec::new(),
        Some(_) => return Err(Fault::arguments(".apply()").into()),
    };
    Ok(it.call_callable(f, this, params, c.span)?)
}
