//! Reading and writing another process's variables
//! (docs/commands/get-process-variable.md, set-process-variable.md,
//! variable-to-variable.md): the variable's expression is evaluated in the
//! other process's context, so `v`, `<>v` and `arr{$i}` designate that
//! process's instance. A process that has not started or has ended: no
//! effect, as the pages say of a process that does not exist.

use super::{BResult, Call, Fail};
use crate::eval::ir::{Node, NodeKind};
use crate::eval::{Fault, Interp, Value};

/// Source and destination variables may not be locals of the other process.
fn not_local(node: &Node, command: &str) -> Result<(), Fail> {
    match node.kind {
        NodeKind::Local(_) => Err(Fault::arguments(command).into()),
        _ => Ok(()),
    }
}

/// Writes `value` into the variable `dst` designates; an array's elements
/// are copied into the destination array.
fn receive(
    it: &mut Interp,
    dst: &Node,
    value: Value,
    span: crate::source::Span,
) -> Result<(), Fail> {
    match value {
        Value::Array(source) => {
            let place = it.place(dst)?;
            let copy = source.borrow().clone();
            let dest = it.ensure_array(&place, copy.kind, None, span)?;
            if !std::rc::Rc::ptr_eq(&dest, &source) {
                *dest.borrow_mut() = copy;
            }
            Ok(())
        }
        value => Ok(it.assign(dst, value)?),
    }
}

/// Pairs of nodes after the process number.
fn pairs<'a>(c: &'a Call, command: &str) -> Result<Vec<(&'a Node, &'a Node)>, Fail> {
    let rest = c.nodes.get(1..).unwrap_or_default();
    if rest.is_empty() || rest.len() % 2 != 0 {
        return Err(Fault::arguments(command).into());
    }
    Ok(rest.chunks(2).map(|p| (&p[0], &p[1])).collect())
}

/// `GET PROCESS VARIABLE(process; srcVar; dstVar {; …})`
pub fn get_process_variable(it: &mut Interp, c: &mut Call) -> BResult {
    const NAME: &str = "GET PROCESS VARIABLE";
    let n = c.int(0);
    for (src, dst) in pairs(c, NAME)? {
        not_local(src, NAME)?;
        let value = match it.in_process_context(n, |it| it.eval(src)) {
            None => return Ok(Value::Undefined),
            Some(Ok(v)) => v,
            // An unknown source variable gives the undefined value
            // (interpreted mode, get-process-variable.md).
            Some(Err(_)) => Value::Undefined,
        };
        receive(it, dst, value, c.span)?;
    }
    Ok(Value::Undefined)
}

/// `SET PROCESS VARIABLE(process; dstVar; expr {; …})`
pub fn set_process_variable(it: &mut Interp, c: &mut Call) -> BResult {
    const NAME: &str = "SET PROCESS VARIABLE";
    let n = c.int(0);
    let span = c.span;
    for (dst, expr) in pairs(c, NAME)? {
        not_local(dst, NAME)?;
        let value = it.eval(expr)?;
        if let Some(r) = it.in_process_context(n, |it| receive(it, dst, value, span)) {
            r?;
        }
    }
    Ok(Value::Undefined)
}

/// `VARIABLE TO VARIABLE(process; dstVar; srcVar {; …})`
pub fn variable_to_variable(it: &mut Interp, c: &mut Call) -> BResult {
    const NAME: &str = "VARIABLE TO VARIABLE";
    let n = c.int(0);
    let span = c.span;
    for (dst, src) in pairs(c, NAME)? {
        not_local(dst, NAME)?;
        let value = it.eval(src)?;
        if let Some(r) = it.in_process_context(n, |it| receive(it, dst, value, span)) {
            r?;
        }
    }
    Ok(Value::Undefined)
}
